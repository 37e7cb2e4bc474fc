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

	protected NoticeItem() {
	}

	NoticeItem(String noticeId, String redemptionId, String enterpriseName, String institutionName, Money amount) {
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
}
