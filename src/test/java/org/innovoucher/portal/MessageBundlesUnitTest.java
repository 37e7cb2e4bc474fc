package org.innovoucher.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.innovoucher.enterprise.SizeClass;
import org.innovoucher.institution.Institution;
import org.innovoucher.institution.InstitutionType;
import org.innovoucher.marketplace.Contract;
import org.innovoucher.policy.Cycle;
import org.innovoucher.policy.Program;
import org.innovoucher.policy.SubsidySchedule;
import org.innovoucher.redemption.PublicNotice;
import org.innovoucher.redemption.Redemption;
import org.innovoucher.shared.ErrorCode;
import org.innovoucher.shared.Role;
import org.innovoucher.shared.ServiceCategory;
import org.innovoucher.voucher.Voucher;
import org.innovoucher.voucher.VoucherApplication;
import org.junit.jupiter.api.Test;

/** Every text the portal shows exists in English and in Chinese, and no code reaches the screen. */
class MessageBundlesUnitTest {

	static Properties bundle(String name) throws IOException {
		Properties properties = new Properties();
		try (Reader in = new InputStreamReader(MessageBundlesUnitTest.class.getResourceAsStream("/" + name),
				StandardCharsets.UTF_8)) {
			properties.load(in);
		}
		return properties;
	}

	static final String ENGLISH = "messages.properties";
	static final String CHINESE = "messages_zh_CN.properties";

	@Test
	void every_key_of_either_bundle_is_in_the_other() throws IOException {
		Set<String> english = bundle(ENGLISH).stringPropertyNames();
		Set<String> chinese = bundle(CHINESE).stringPropertyNames();
		assertThat(new TreeSet<>(english)).as("keys missing in " + CHINESE).isSubsetOf(chinese);
		assertThat(new TreeSet<>(chinese)).as("keys missing in " + ENGLISH).isSubsetOf(english);
	}

	@Test
	void no_message_is_blank_and_the_chinese_portal_texts_are_chinese() throws IOException {
		Properties english = bundle(ENGLISH);
		Properties chinese = bundle(CHINESE);
		for (String key : english.stringPropertyNames()) {
			assertThat(english.getProperty(key)).as(key).isNotBlank();
			assertThat(chinese.getProperty(key, "")).as(key).isNotBlank();
		}
		// a text copied untranslated is caught: every Chinese portal text holds a Chinese character
		for (String key : chinese.stringPropertyNames()) {
			if (!key.startsWith("notification.")) {
				assertThat(chinese.getProperty(key)).as(key).containsPattern("\\p{IsHan}");
			}
		}
	}

	@Test
	void every_error_code_has_a_human_message_in_both_languages() throws IOException {
		for (String name : List.of(ENGLISH, CHINESE)) {
			Properties bundle = bundle(name);
			for (ErrorCode code : ErrorCode.values()) {
				assertThat(bundle.getProperty("error.code." + code.name())).as(name + ": error.code." + code).isNotBlank();
			}
		}
	}

	@Test
	void every_status_role_and_category_has_words_on_screen_instead_of_its_code() throws IOException {
		Properties english = bundle(ENGLISH);
		check(english, "status.program", Program.Status.values());
		check(english, "status.notice", PublicNotice.Status.values());
		check(english, "status.application", VoucherApplication.Status.values());
		check(english, "status.voucher", Voucher.Status.values());
		check(english, "status.contract", Contract.Status.values());
		check(english, "status.claim", Redemption.Status.values());
		check(english, "status.institution", Institution.Status.values());
		check(english, "role", Role.values());
		check(english, "cycle", Cycle.values());
		check(english, "size", SizeClass.values());
		check(english, "category", ServiceCategory.values());
		check(english, "institutionType", InstitutionType.values());
		check(english, "program.example.limit", SubsidySchedule.Limit.values());
		check(english, "claim.file.refused", org.innovoucher.redemption.FileRefused.Reason.values());
		check(english, "claim.kind", org.innovoucher.redemption.Attachment.Kind.values());
	}

	private static void check(Properties bundle, String prefix, Enum<?>[] values) {
		for (Enum<?> value : values) {
			assertThat(bundle.getProperty(prefix + "." + value.name())).as(prefix + "." + value.name()).isNotBlank();
		}
	}

	@Test
	void every_message_key_a_template_names_is_in_the_bundles() throws IOException {
		Properties english = bundle(ENGLISH);
		// #{key} and #{key(args)}; keys built from a value (#{|status.${x}|}) are checked above
		Pattern key = Pattern.compile("#\\{([A-Za-z][A-Za-z0-9_.\\-]*)");
		Set<String> missing = new TreeSet<>();
		Path templates = Paths.get("src/main/resources/templates");
		try (Stream<Path> files = Files.walk(templates)) {
			for (Path file : files.filter(f -> f.toString().endsWith(".html")).toList()) {
				Matcher m = key.matcher(Files.readString(file));
				while (m.find()) {
					if (!english.containsKey(m.group(1))) {
						missing.add(templates.relativize(file) + ": " + m.group(1));
					}
				}
			}
		}
		assertThat(missing).isEmpty();
	}
}
