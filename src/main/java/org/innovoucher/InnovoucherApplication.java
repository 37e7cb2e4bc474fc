package org.innovoucher;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableAsync;
import org.springframework.scheduling.annotation.EnableScheduling;

/** The innovoucher platform: one executable, modules by business capability. */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
@EnableAsync
public class InnovoucherApplication {

	public static void main(String[] args) {
		SpringApplication.run(InnovoucherApplication.class, args);
	}
}
