package org.safeguarding.audit.board;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import javax.xml.parsers.DocumentBuilderFactory;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.NodeList;

/** An SVG string read back with the JDK's XML parser: it must be well-formed for this to work at all. */
final class ParsedSvg {

	final Element root;

	private ParsedSvg(Element root) {
		this.root = root;
	}

	static ParsedSvg of(String svg) {
		try {
			DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
			factory.setNamespaceAware(true);
			factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
			Document document = factory.newDocumentBuilder()
				.parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
			return new ParsedSvg(document.getDocumentElement());
		}
		catch (Exception ex) {
			throw new AssertionError("not well-formed XML: " + ex.getMessage(), ex);
		}
	}

	List<Element> all(String name) {
		NodeList nodes = this.root.getElementsByTagNameNS("*", name);
		List<Element> elements = new ArrayList<>();
		for (int i = 0; i < nodes.getLength(); i++) {
			elements.add((Element) nodes.item(i));
		}
		return elements;
	}

	/** Every element, the root included. */
	List<Element> everything() {
		List<Element> elements = new ArrayList<>(all("*"));
		elements.add(0, this.root);
		return elements;
	}

	List<String> texts() {
		return all("text").stream().map(Element::getTextContent).toList();
	}

	String byId(String id) {
		return everything().stream().filter(e -> id.equals(e.getAttribute("id"))).findFirst()
			.map(Element::getTextContent).orElseThrow(() -> new AssertionError("no element with id " + id));
	}

	static List<String> attributeNames(Element element) {
		NamedNodeMap attributes = element.getAttributes();
		List<String> names = new ArrayList<>();
		for (int i = 0; i < attributes.getLength(); i++) {
			names.add(attributes.item(i).getNodeName());
		}
		return names;
	}
}
