package org.innovoucher;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.AnnotatedParameterizedType;
import java.lang.reflect.AnnotatedType;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.util.ClassUtils;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;

/**
 * Walks every request body of every controller: each string, and each string in a list or set, has
 * a {@code @Size} with a maximum, and nested bodies are validated ({@code @Valid}), so no text of
 * any length reaches a service.
 */
class RequestBodySizesUnitTest {

	/** Bodies that are domain types validating their own lengths, with where they do. */
	private static final Map<String, String> SELF_VALIDATING = Map.of("ProgramRules", "ProgramRules.validate");

	/** Longer only for an article's Markdown (TextLimits.MARKDOWN, checked against the JSON body limit apart). */
	private static final int LARGEST_TEXT = 10_000;

	@Test
	void everyStringOfEveryRequestBodyHasAMaximumSize() throws Exception {
		List<String> unbounded = new ArrayList<>();
		List<String> walked = new ArrayList<>();
		for (Class<?> controller : controllers()) {
			for (Method method : controller.getDeclaredMethods()) {
				for (Parameter parameter : method.getParameters()) {
					if (!parameter.isAnnotationPresent(RequestBody.class)
							|| SELF_VALIDATING.containsKey(parameter.getType().getSimpleName())) {
						continue;
					}
					String where = controller.getSimpleName() + "." + method.getName();
					if (!parameter.isAnnotationPresent(Valid.class)) {
						unbounded.add(where + ": body not @Valid");
					}
					walk(parameter.getType(), where, unbounded, walked);
				}
			}
		}
		assertThat(walked).as("request bodies found").hasSizeGreaterThan(25);
		assertThat(unbounded).isEmpty();
	}

	private static void walk(Class<?> type, String where, List<String> unbounded, List<String> walked) {
		if (!type.isRecord()) {
			return;
		}
		walked.add(where + ":" + type.getSimpleName());
		for (RecordComponent component : type.getRecordComponents()) {
			String name = where + "." + component.getName();
			AnnotatedType annotated = component.getAnnotatedType();
			Class<?> raw = component.getType();
			if (raw == String.class) {
				check(field(type, component).getAnnotation(Size.class), name, unbounded);
			}
			else if (Collection.class.isAssignableFrom(raw) && annotated instanceof AnnotatedParameterizedType generic) {
				AnnotatedType element = generic.getAnnotatedActualTypeArguments()[0];
				if (element.getType() == String.class) {
					check(element.getAnnotation(Size.class), name + "[]", unbounded);
				}
			}
			else if (raw.isRecord() && raw.getPackageName().contains(".web")) {
				if (!field(type, component).isAnnotationPresent(Valid.class)) {
					unbounded.add(name + ": nested body not @Valid");
				}
				walk(raw, name, unbounded, walked);
			}
		}
	}

	private static java.lang.reflect.Field field(Class<?> type, RecordComponent component) {
		try {
			return type.getDeclaredField(component.getName());
		}
		catch (NoSuchFieldException e) {
			throw new IllegalStateException(e);
		}
	}

	private static void check(Size size, String name, List<String> unbounded) {
		if (size == null) {
			unbounded.add(name + ": no @Size");
		}
		else if (size.max() > LARGEST_TEXT && size.max() != org.innovoucher.shared.TextLimits.MARKDOWN) {
			unbounded.add(name + ": @Size max " + size.max() + " above " + LARGEST_TEXT);
		}
	}

	private static Set<Class<?>> controllers() throws ClassNotFoundException {
		ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
		scanner.addIncludeFilter(new AnnotationTypeFilter(RestController.class));
		Set<Class<?>> found = new java.util.HashSet<>();
		for (BeanDefinition candidate : scanner.findCandidateComponents("org.innovoucher")) {
			found.add(ClassUtils.forName(candidate.getBeanClassName(), RequestBodySizesUnitTest.class.getClassLoader()));
		}
		return found;
	}
}
