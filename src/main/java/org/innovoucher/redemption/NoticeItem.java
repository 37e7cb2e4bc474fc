package org.innovoucher.redemption;

import java.io.Serializable;

import org.innovoucher.shared.Money;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

/** What the public sees of one claim in a notice: who, from whom, how much. */
@Entity
@Table(name = "public_notice_item")
@IdClass(NoticeItem.Key.class)
public class NoticeItem {

	public record Key(String noticeId, String redemptionId) implements Serializable {

		public Key() {
			this(null, null);
		}
	}

	@Id
	private String noticeId;
	@Id
	private String redemptionId;
	private String enterpriseName;
	private String institutionName;
	private Money amount;
	/** Who is paid; null on items listed before the rule: the enterprise. */
	@jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
	private PaymentRunItem.PayeeType payeeType;

	protected NoticeItem() {
	}

	NoticeItem(String noticeId, String redemptionId, String enterpriseName, String institutionName, Money amount,
			PaymentRunItem.PayeeType payeeType) {
		this.payeeType = payeeType;
		this.noticeId = noticeId;
		this.redemptionId = redemptionId;
		this.enterpriseName = enterpriseName;
		this.institutionName = institutionName;
		this.amount = amount;
	}

	public String getNoticeId() {
		return noticeId;
	}

	public String getRedemptionId() {
		return redemptionId;
	}

	public String getEnterpriseName() {
		return enterpriseName;
	}

	public String getInstitutionName() {
		return institutionName;
	}

	public Money getAmount() {
		return amount;
	}

	public PaymentRunItem.PayeeType getPayeeType() {
		return payeeType == null ? PaymentRunItem.PayeeType.ENTERPRISE : payeeType;
	}

	/** The name of whoever is paid: the institution under the institution-payee mode, else the enterprise. */
	public String getPayeeName() {
		return getPayeeType() == PaymentRunItem.PayeeType.INSTITUTION ? institutionName : enterpriseName;
	}
}
