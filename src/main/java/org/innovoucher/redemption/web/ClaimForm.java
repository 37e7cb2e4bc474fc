package org.innovoucher.redemption.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.innovoucher.redemption.Outputs;
import org.innovoucher.redemption.Redemption;
import org.innovoucher.shared.Money;
import org.springframework.validation.Errors;

/**
 * What the claim's first two steps send, as typed: the amount paid and the result summary (step 1),
 * the innovation outputs as counts (step 2). Both steps post the whole form: the step not shown
 * travels in hidden fields, so nothing typed is lost between them. Amounts are text parsed by
 * {@link Money}; counts are whole numbers.
 */
public class ClaimForm {

	static final int SUMMARY = 4000;
	static final int MOST_OUTPUTS = 9999;

	/** The output counts, in the order the form asks for them. */
	static final List<String> OUTPUTS = List.of("inventionPatents", "utilityModels", "designPatents", "trademarks",
			"softwareCopyrights", "newProducts", "testReports");

	private String contractId;
	private String paidAmount;
	private String resultSummary;
	private Map<String, String> outputs = new LinkedHashMap<>();

	static ClaimForm of(Redemption claim) {
		ClaimForm form = new ClaimForm();
		form.contractId = claim.getContractId();
		form.paidAmount = claim.getPaidAmount().amount().toPlainString();
		form.resultSummary = claim.getResultSummary();
		Outputs o = claim.getOutputs() == null ? Outputs.NONE : claim.getOutputs();
		int[] counts = { o.inventionPatents(), o.utilityModels(), o.designPatents(), o.trademarks(),
				o.softwareCopyrights(), o.newProducts(), o.testReports() };
		for (int i = 0; i < counts.length; i++) {
			form.outputs.put(OUTPUTS.get(i), Integer.toString(counts[i]));
		}
		return form;
	}

	/** Step 1's questions: an amount of yuan and a summary. */
	void checkAmount(Errors errors) {
		if (paidAmount == null || paidAmount.isBlank()) {
			errors.rejectValue("paidAmount", "claim.error.paidAmount.required");
		}
		else if (paid() == null) {
			errors.rejectValue("paidAmount", "claim.error.paidAmount.format");
		}
		if (resultSummary == null || resultSummary.isBlank()) {
			errors.rejectValue("resultSummary", "claim.error.resultSummary.required");
		}
		else if (resultSummary.length() > SUMMARY) {
			errors.rejectValue("resultSummary", "claim.error.tooLong", new Object[] { SUMMARY }, null);
		}
	}

	/** Step 2's questions: each count empty (none) or a whole number from 0 to {@value #MOST_OUTPUTS}. */
	void checkOutputs(Errors errors) {
		for (String name : OUTPUTS) {
			if (count(name) == null) {
				errors.rejectValue("outputs[" + name + "]", "claim.error.count", new Object[] { MOST_OUTPUTS }, null);
			}
		}
	}

	/** The amount as typed, with thousands separators and spaces allowed; null when it is not one. */
	Money paid() {
		if (paidAmount == null) {
			return null;
		}
		try {
			return Money.parse(paidAmount.replace(",", "").replace("，", "").replace(" ", ""));
		}
		catch (IllegalArgumentException e) {
			return null;
		}
	}

	/** A count as typed; empty is none; null when it is not a count. */
	Integer count(String name) {
		String text = outputs.get(name);
		if (text == null || text.isBlank()) {
			return 0;
		}
		try {
			int n = Integer.parseInt(text.trim());
			return n < 0 || n > MOST_OUTPUTS ? null : n;
		}
		catch (NumberFormatException e) {
			return null;
		}
	}

	Outputs outputsTyped() {
		return new Outputs(count("inventionPatents"), count("utilityModels"), count("designPatents"),
				count("trademarks"), count("softwareCopyrights"), count("newProducts"), count("testReports"));
	}

	public String getContractId() {
		return contractId;
	}

	public void setContractId(String contractId) {
		this.contractId = contractId;
	}

	public String getPaidAmount() {
		return paidAmount;
	}

	public void setPaidAmount(String paidAmount) {
		this.paidAmount = paidAmount;
	}

	public String getResultSummary() {
		return resultSummary;
	}

	public void setResultSummary(String resultSummary) {
		this.resultSummary = resultSummary;
	}

	public Map<String, String> getOutputs() {
		return outputs;
	}

	public void setOutputs(Map<String, String> outputs) {
		this.outputs = outputs;
	}
}
