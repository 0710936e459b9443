package org.safeguarding.audit.report;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import net.sf.jasperreports.engine.JRDataSource;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JRField;

/**
 * A Jasper data source over records (which JRBeanCollectionDataSource cannot read): a field
 * named like a record component reads that component.
 */
final class RecordDataSource<T extends Record> implements JRDataSource {

	private final Function<T, List<T>> nextPage;

	private final Map<String, Method> accessors = new HashMap<>();

	private Iterator<T> page = List.<T>of().iterator();

	private T current;

	private boolean done;

	private RecordDataSource(Function<T, List<T>> nextPage) {
		this.nextPage = nextPage;
	}

	static <T extends Record> RecordDataSource<T> of(List<T> rows) {
		return new RecordDataSource<>(last -> last == null ? rows : List.of());
	}

	@Override
	public boolean next() {
		if (done) {
			return false;
		}
		if (!page.hasNext()) {
			page = nextPage.apply(current).iterator();
			if (!page.hasNext()) {
				done = true;
				current = null;
				return false;
			}
		}
		current = page.next();
		return true;
	}

	@Override
	public Object getFieldValue(JRField field) throws JRException {
		Method accessor = accessors.computeIfAbsent(field.getName(), this::accessor);
		if (accessor == null) {
			throw new JRException("Field " + field.getName() + " is not a component of " + current.getClass().getName());
		}
		try {
			return accessor.invoke(current);
		}
		catch (IllegalAccessException | InvocationTargetException ex) {
			throw new JRException("Cannot read " + field.getName() + " of " + current.getClass().getName(), ex);
		}
	}

	private Method accessor(String name) {
		for (RecordComponent component : current.getClass().getRecordComponents()) {
			if (component.getName().equals(name)) {
				Method accessor = component.getAccessor();
				accessor.setAccessible(true);
				return accessor;
			}
		}
		return null;
	}
}
