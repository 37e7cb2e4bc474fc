package org.innovoucher.policy;

/** One line of a service category's review checklist: what an expert scores, and its weight. */
public record ReviewCriterion(String criterion, int weight) {
}
