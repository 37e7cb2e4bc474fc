package org.innovoucher.enterprise.web;

import java.time.LocalDate;
import java.util.List;

import org.innovoucher.enterprise.AgencyDelegation;
import org.innovoucher.enterprise.Enterprise;
import org.innovoucher.enterprise.AgencyDelegations;
import org.innovoucher.enterprise.EnterpriseBankAccount;
import org.innovoucher.enterprise.EnterpriseRegistrations;
import org.innovoucher.enterprise.Enterprises;
import org.innovoucher.enterprise.SizeClass;
import org.innovoucher.shared.BankAccount;
import org.innovoucher.shared.BusinessClock;
import org.innovoucher.shared.CurrentUser;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.data.domain.Sort;
import org.innovoucher.shared.EnterpriseId;
import org.innovoucher.shared.PageResult;
import org.innovoucher.shared.TextLimits;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import com.fasterxml.jackson.annotation.JsonInclude;

import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

@RestController
@RequestMapping("/api/v1")
@Tag(name = "Enterprises")
class EnterpriseController {

	private final Enterprises enterprises;
	private final EnterpriseRegistrations registrations;
	private final AgencyDelegations delegations;
	private final EnterpriseBankAccount bankAccounts;
	private final BusinessClock clock;

	EnterpriseController(Enterprises enterprises, EnterpriseRegistrations registrations, AgencyDelegations delegations,
			EnterpriseBankAccount bankAccounts, BusinessClock clock) {
		this.enterprises = enterprises;
		this.registrations = registrations;
		this.delegations = delegations;
		this.bankAccounts = bankAccounts;
		this.clock = clock;
	}

	record EnterpriseBody(@NotBlank @Size(max = TextLimits.CODE) String uscc, @NotBlank @Size(max = TextLimits.NAME) String name, @NotBlank @Size(max = TextLimits.CODE) String regionCode,
			@NotNull SizeClass sizeClass, @NotBlank @Size(max = TextLimits.SHORT_TEXT) String industry, @Size(max = TextLimits.LABEL) String techSmeNumber,
			@NotBlank @Size(max = TextLimits.SHORT_TEXT) String legalRepresentative, @NotBlank @Size(max = TextLimits.LABEL) String contactPhone,
			@Size(max = TextLimits.LIST_ITEMS) List<@NotBlank @Size(max = TextLimits.CODE) String> relatedParties) {
	}

	record RegistrationBody(@NotBlank @Size(max = TextLimits.USERNAME) String username,
			@NotBlank @Size(max = TextLimits.PASSWORD) String password, @NotBlank @Size(max = TextLimits.EMAIL) String email,
			@NotNull @Valid EnterpriseBody enterprise) {
	}

	@PostMapping("/registrations/enterprises")
	@ResponseStatus(HttpStatus.CREATED)
	EnterpriseRegistrations.Registered register(@Valid @RequestBody RegistrationBody body) {
		EnterpriseBody e = body.enterprise();
		return registrations.register(new EnterpriseRegistrations.Registration(body.username(), body.password(), body.email(), e.uscc(),
				e.name(), e.regionCode(), e.sizeClass(), e.industry(), e.techSmeNumber(), e.legalRepresentative(),
				e.contactPhone(), e.relatedParties()));
	}

	record TeamBody(@NotBlank @Size(max = TextLimits.NAME) String name, @NotBlank @Size(max = TextLimits.CODE) String regionCode,
			@NotBlank @Size(max = TextLimits.SHORT_TEXT) String industry, @NotBlank @Size(max = TextLimits.SHORT_TEXT) String leaderName,
			@NotBlank @Size(max = TextLimits.CODE) String leaderIdNumber, @NotBlank @Size(max = TextLimits.LABEL) String contactPhone,
			@Size(max = TextLimits.LIST_ITEMS) List<@NotBlank @Size(max = TextLimits.SHORT_TEXT) String> members) {
	}

	record TeamRegistrationBody(@NotBlank @Size(max = TextLimits.USERNAME) String username,
			@NotBlank @Size(max = TextLimits.PASSWORD) String password, @NotBlank @Size(max = TextLimits.EMAIL) String email,
			@NotNull @Valid TeamBody team) {
	}

	/** A team without a legal person registers (no USCC; its leader's identity number and its members). */
	@PostMapping("/registrations/teams")
	@ResponseStatus(HttpStatus.CREATED)
	EnterpriseRegistrations.Registered registerTeam(@Valid @RequestBody TeamRegistrationBody body) {
		TeamBody t = body.team();
		return registrations.registerTeam(new EnterpriseRegistrations.TeamRegistration(body.username(), body.password(),
				body.email(), t.name(), t.regionCode(), t.industry(), t.leaderName(), t.leaderIdNumber(), t.members(),
				t.contactPhone()));
	}

	/** A team shows {@code kind: TEAM}, no USCC, its leader's number masked and its members. */
	record EnterpriseView(String id, Enterprise.Kind kind, String uscc, String name, String regionCode, SizeClass sizeClass,
			String industry, String techSmeNumber, String legalRepresentative, String contactPhone,
			List<String> relatedParties, String status, LocalDate bannedUntil, BankAccount bankAccount,
			@JsonInclude(JsonInclude.Include.NON_NULL) String leaderIdNumber,
			@JsonInclude(JsonInclude.Include.NON_EMPTY) List<String> members) {
	}

	@GetMapping("/enterprises/{id}")
	EnterpriseView get(@PathVariable String id) {
		return view(enterprises.getVisible(EnterpriseId.of(id), CurrentUser.require()));
	}

	/** The register of enterprises, for staff of the regions they cover: by region, status, name or USCC. */
	@GetMapping("/enterprises")
	PageResult<EnterpriseView> list(@RequestParam(required = false) String regionCode,
			@RequestParam(required = false) Enterprise.Status status, @RequestParam(required = false) String q,
			@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
		PageResult<Enterprise> found = enterprises.list(CurrentUser.require(), status, regionCode, q,
				PageResult.request(page, size, Sort.by("name")));
		return new PageResult<>(found.items().stream().map(this::view).toList(), found.page(), found.size(),
				found.total());
	}

	private EnterpriseView view(Enterprise e) {
		return new EnterpriseView(e.getId(), e.getKind(), e.getUscc(), e.getName(), e.getRegionCode(), e.getSizeClass(),
				e.getIndustry(), e.getTechSmeNumber(), e.getLegalRepresentative(), e.getContactPhone(),
				e.getRelatedParties(), e.statusOn(clock.today()).name(), e.getBannedUntil(), e.getBankAccount(),
				e.getLeaderIdMasked(), e.getMembers());
	}

	/** The account as the body names it; {@link BankAccount} checks every field and reports them all. */
	record BankAccountBody(@Size(max = TextLimits.NAME) String accountName, @Size(max = TextLimits.NAME) String bankName,
			@Size(max = TextLimits.LABEL) String bankCode, @Size(max = TextLimits.LABEL) String accountNumber) {

		BankAccount account() {
			return new BankAccount(accountName, bankName, bankCode, accountNumber);
		}
	}

	/** The enterprise names the account it is paid to (api.md, December 2026). */
	@PutMapping("/enterprises/{id}/bank-account")
	EnterpriseView keepBankAccount(@PathVariable String id, @Valid @RequestBody BankAccountBody body) {
		return view(bankAccounts.keep(EnterpriseId.of(id), body.account(), CurrentUser.require()));
	}

	record DelegationBody(@NotBlank @Size(max = TextLimits.USERNAME) String agencyUsername) {
	}

	record DelegationView(String id, String enterpriseId, String agencyUserId, boolean active,
			java.time.Instant grantedAt, java.time.Instant revokedAt) {

		static DelegationView of(AgencyDelegation d) {
			return new DelegationView(d.getId(), d.getEnterpriseId(), d.getAgencyUserId(), d.isActive(),
					d.getGrantedAt(), d.getRevokedAt());
		}
	}

	@PostMapping("/enterprises/{id}/delegations")
	@ResponseStatus(HttpStatus.CREATED)
	DelegationView delegate(@PathVariable String id, @Valid @RequestBody DelegationBody body) {
		return DelegationView.of(delegations.delegate(id, body.agencyUsername(), CurrentUser.require()));
	}

	@GetMapping("/enterprises/{id}/delegations")
	List<DelegationView> delegations(@PathVariable String id) {
		return delegations.of(id, CurrentUser.require()).stream().map(DelegationView::of).toList();
	}

	@DeleteMapping("/enterprises/{id}/delegations/{delegationId}")
	DelegationView revoke(@PathVariable String id, @PathVariable String delegationId) {
		return DelegationView.of(delegations.revoke(id, delegationId, CurrentUser.require()));
	}
}
