package org.innovoucher.redemption;

import java.io.ByteArrayOutputStream;
import java.time.temporal.ChronoUnit;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import org.innovoucher.shared.BankAccount;
import org.innovoucher.shared.BusinessClock;
import org.springframework.stereotype.Component;

/**
 * A payment run as an ISO 20022 customer credit transfer initiation ({@code pain.001.001.03}): one
 * payment instruction from the program's paying authority, executed on the run's date, one transaction
 * per claim to its payee's account. Written with StAX, so every value is escaped by the writer.
 *
 * <p>The schema limits identifiers to 35 characters: our ids are UUIDs (36), so the message, the
 * instruction and each transaction's {@code EndToEndId} carry them without their hyphens; the claim's
 * id as we write it is repeated in the transaction's unstructured remittance information.
 */
@Component
class Pain001File {

	static final String NAMESPACE = "urn:iso:std:iso:20022:tech:xsd:pain.001.001.03";
	/** China's national advanced payment system: what a bank's 12-digit code identifies it in. */
	static final String CLEARING_SYSTEM = "CNAPS";
	static final String CURRENCY = "CNY";

	private final BusinessClock clock;

	Pain001File(BusinessClock clock) {
		this.clock = clock;
	}

	byte[] write(PaymentRun run, PaymentProperties.PayingAuthority debtor) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
			xml.writeStartDocument("UTF-8", "1.0");
			xml.setDefaultNamespace(NAMESPACE);
			xml.writeStartElement(NAMESPACE, "Document");
			xml.writeDefaultNamespace(NAMESPACE);
			xml.writeStartElement("CstmrCdtTrfInitn");

			xml.writeStartElement("GrpHdr");
			text(xml, "MsgId", compact(run.getId()));
			text(xml, "CreDtTm", clock.nowAtZone().truncatedTo(ChronoUnit.SECONDS).toString());
			text(xml, "NbOfTxs", Integer.toString(run.getCount()));
			text(xml, "CtrlSum", run.getTotal().toString());
			xml.writeStartElement("InitgPty");
			text(xml, "Nm", limit(debtor.name(), 140));
			xml.writeEndElement();
			xml.writeEndElement();

			xml.writeStartElement("PmtInf");
			text(xml, "PmtInfId", compact(run.getId()));
			text(xml, "PmtMtd", "TRF");
			text(xml, "NbOfTxs", Integer.toString(run.getCount()));
			text(xml, "CtrlSum", run.getTotal().toString());
			text(xml, "ReqdExctnDt", run.getPaidOn().toString());
			xml.writeStartElement("Dbtr");
			text(xml, "Nm", limit(debtor.name(), 140));
			xml.writeEndElement();
			xml.writeStartElement("DbtrAcct");
			account(xml, debtor.accountNumber());
			text(xml, "Ccy", CURRENCY);
			xml.writeEndElement();
			xml.writeStartElement("DbtrAgt");
			agent(xml, debtor.bankCode(), debtor.bankName());
			xml.writeEndElement();
			for (PaymentRunItem item : run.getItems()) {
				transaction(xml, item, run.getReference());
			}
			xml.writeEndElement();

			xml.writeEndElement();
			xml.writeEndElement();
			xml.writeEndDocument();
			xml.close();
		}
		catch (XMLStreamException e) {
			throw new IllegalStateException("cannot write the payment file of run " + run.getId(), e);
		}
		return out.toByteArray();
	}

	private static void transaction(XMLStreamWriter xml, PaymentRunItem item, String reference) throws XMLStreamException {
		BankAccount account = item.bankAccount();
		xml.writeStartElement("CdtTrfTxInf");
		xml.writeStartElement("PmtId");
		text(xml, "EndToEndId", compact(item.redemptionId()));
		xml.writeEndElement();
		xml.writeStartElement("Amt");
		xml.writeStartElement("InstdAmt");
		xml.writeAttribute("Ccy", CURRENCY);
		xml.writeCharacters(item.amount().toString());
		xml.writeEndElement();
		xml.writeEndElement();
		xml.writeStartElement("CdtrAgt");
		agent(xml, account.bankCode(), account.bankName());
		xml.writeEndElement();
		xml.writeStartElement("Cdtr");
		text(xml, "Nm", account.accountName());
		xml.writeEndElement();
		xml.writeStartElement("CdtrAcct");
		account(xml, account.accountNumber());
		xml.writeEndElement();
		xml.writeStartElement("RmtInf");
		text(xml, "Ustrd", limit("innovation voucher claim " + item.redemptionId() + " ref " + reference, 140));
		xml.writeEndElement();
		xml.writeEndElement();
	}

	/** A bank by its CNAPS code where known; otherwise the schema's way of saying it is not given. */
	private static void agent(XMLStreamWriter xml, String bankCode, String bankName) throws XMLStreamException {
		xml.writeStartElement("FinInstnId");
		if (bankCode != null && !bankCode.isBlank()) {
			xml.writeStartElement("ClrSysMmbId");
			xml.writeStartElement("ClrSysId");
			text(xml, "Cd", CLEARING_SYSTEM);
			xml.writeEndElement();
			text(xml, "MmbId", bankCode);
			xml.writeEndElement();
			if (bankName != null && !bankName.isBlank()) {
				text(xml, "Nm", limit(bankName, 140));
			}
		}
		else {
			xml.writeStartElement("Othr");
			text(xml, "Id", "NOTPROVIDED");
			xml.writeEndElement();
		}
		xml.writeEndElement();
	}

	private static void account(XMLStreamWriter xml, String number) throws XMLStreamException {
		xml.writeStartElement("Id");
		xml.writeStartElement("Othr");
		text(xml, "Id", number);
		xml.writeEndElement();
		xml.writeEndElement();
	}

	private static void text(XMLStreamWriter xml, String element, String value) throws XMLStreamException {
		xml.writeStartElement(element);
		xml.writeCharacters(value);
		xml.writeEndElement();
	}

	/** An id within the schema's 35 characters: a UUID without its hyphens. */
	static String compact(String id) {
		return limit(id.replace("-", ""), 35);
	}

	private static String limit(String text, int max) {
		return text.length() <= max ? text : text.substring(0, max);
	}
}
