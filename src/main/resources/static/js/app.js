// Script only enhances: every page works without it. GOV.UK Frontend's components are started
// here (an external module: the Content-Security-Policy allows no inline script).
import { initAll } from '/webjars/govuk-frontend/dist/govuk/govuk-frontend.min.js';

document.body.classList.add('js-enabled', 'govuk-frontend-supported');
initAll();

// A running run's page refreshes its progress in place, every 2 seconds, until the run ends.
const progress = document.querySelector('[data-app-refresh]');
if (progress) {
  const refresh = async () => {
    try {
      const response = await fetch(window.location.href, { headers: { 'Accept': 'text/html' }, credentials: 'same-origin' });
      if (!response.ok) {
        return;
      }
      const page = new DOMParser().parseFromString(await response.text(), 'text/html');
      const fresh = page.querySelector('[data-app-refresh]');
      const current = document.querySelector('[data-app-refresh]');
      if (fresh && current) {
        current.replaceWith(document.importNode(fresh, true));
        if (fresh.getAttribute('data-app-refresh') === 'true') {
          setTimeout(refresh, 2000);
        }
      }
    } catch (e) {
      // Offline for a moment: a reload shows the run as it is.
    }
  };
  if (progress.getAttribute('data-app-refresh') === 'true') {
    setTimeout(refresh, 2000);
  }
}
