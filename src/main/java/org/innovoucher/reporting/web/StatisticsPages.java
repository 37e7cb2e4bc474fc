package org.innovoucher.reporting.web;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

import org.innovoucher.policy.Program;
import org.innovoucher.policy.Programs;
import org.innovoucher.expert.Workload;
import org.innovoucher.portal.Formats;
import org.innovoucher.portal.WorkspaceLink;
import org.innovoucher.portal.WorkspaceLinks;
import org.innovoucher.reporting.OpenStatisticsFiles;
import org.innovoucher.reporting.RoundStatistics;
import org.innovoucher.reporting.StaffStatistics;
import org.innovoucher.reporting.Turnaround;
import org.innovoucher.shared.BusinessClock;
import org.innovoucher.shared.CurrentUser;
import org.innovoucher.shared.ProgramId;
import org.innovoucher.shared.web.Spreadsheets;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The staff's statistics page: a program (or all) and a range of years, the table of cities by years
 * of the person's region with the enterprises served and the ratios, innovation outputs, institutions
 * per year and the turnaround of each step in working days, with two charts drawn on the server; the
 * page's tables as one workbook, and a program's year as a PDF report.
 */
@Controller
@RequestMapping(StatisticsPages.BASE)
class StatisticsPages implements WorkspaceLinks {

	static final String BASE = "/workspace/statistics";

	/** One step's bar: its average as a share of the longest average, for the chart. */
	record StepBar(Turnaround.Figures figures, int percent) {
	}

	private final StaffStatistics statistics;
	private final OpenStatisticsFiles files;
	private final StatisticsPdf pdf;
	private final Programs programs;
	private final Formats formats;
	private final BusinessClock clock;
	private final RoundStatistics rounds;
	private final Workload workload;

	StatisticsPages(StaffStatistics statistics, OpenStatisticsFiles files, StatisticsPdf pdf, Programs programs,
			Formats formats, BusinessClock clock, RoundStatistics rounds, Workload workload) {
		this.rounds = rounds;
		this.workload = workload;
		this.statistics = statistics;
		this.files = files;
		this.pdf = pdf;
		this.programs = programs;
		this.formats = formats;
		this.clock = clock;
	}

	@Override
	public List<WorkspaceLink> linksFor(CurrentUser user) {
		return user.isStaff() ? List.of(WorkspaceLink.of(700, "statistics.title", BASE)) : List.of();
	}

	@GetMapping
	String page(@RequestParam(required = false) String programId, @RequestParam(required = false) Integer from,
			@RequestParam(required = false) Integer to, Model model) {
		CurrentUser user = CurrentUser.require();
		String chosen = blankToNull(programId);
		StaffStatistics.Report report = statistics.report(user, chosen, from, to);
		model.addAttribute("report", report);
		model.addAttribute("table", report.table());
		model.addAttribute("programs", programs
			.list(user, PageRequest.of(0, StatsPage.PROGRAMS_LISTED, Sort.by("createdAt").descending()))
			.items());
		model.addAttribute("programId", chosen);
		model.addAttribute("from", from);
		model.addAttribute("to", to);
		model.addAttribute("bars", StatsPage.bars(report.table()));
		model.addAttribute("steps", stepBars(report.turnaround()));
		// the experts' load and timeliness in the staff member's regions (domain.md, "Expert review")
		model.addAttribute("workload", workload.ofRegion(user));
		model.addAttribute("rounds", chosen == null ? List.of() : rounds.of(chosen, user.regionCode()));
		model.addAttribute("regionName", report.regionCode() == null ? null : formats.region(report.regionCode()));
		return "reporting/statistics";
	}

	/** The page's tables, with the same program and years, as one workbook. */
	@GetMapping(params = Spreadsheets.FORMAT)
	ResponseEntity<byte[]> workbook(@RequestParam(required = false) String programId,
			@RequestParam(required = false) Integer from, @RequestParam(required = false) Integer to) {
		StaffStatistics.Report report = statistics.report(CurrentUser.require(), blankToNull(programId), from, to);
		return Downloads.of(files.xlsx(report, LocaleContextHolder.getLocale()), Downloads.XLSX,
				"statistics-" + clock.today() + ".xlsx");
	}

	/** A program's year as a report to print or file, in the page's language. */
	@GetMapping("/report.pdf")
	ResponseEntity<byte[]> report(@RequestParam String programId, @RequestParam int year) {
		CurrentUser user = CurrentUser.require();
		Program program = programs.getVisible(ProgramId.of(programId.trim()), user);
		StaffStatistics.Report report = statistics.report(user, program.getId(), year, year);
		byte[] content = pdf.write(program.getName(), year, report, clock.today(), LocaleContextHolder.getLocale());
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename("statistics-" + year + ".pdf").build().toString())
			.body(content);
	}

	static List<StepBar> stepBars(List<Turnaround.Figures> steps) {
		BigDecimal longest = BigDecimal.ZERO;
		for (Turnaround.Figures step : steps) {
			if (step.averageDays() != null) {
				longest = longest.max(new BigDecimal(step.averageDays()));
			}
		}
		BigDecimal scale = longest;
		return steps.stream().map(step -> new StepBar(step, step.averageDays() == null || scale.signum() == 0 ? 0
				: new BigDecimal(step.averageDays()).multiply(BigDecimal.valueOf(100))
					.divide(scale, 0, RoundingMode.HALF_UP)
					.intValue()))
			.toList();
	}

	private static String blankToNull(String s) {
		return s == null || s.isBlank() ? null : s.trim();
	}
}
