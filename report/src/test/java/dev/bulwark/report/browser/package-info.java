/**
 * Test support for opening written briefs in headless Chromium (Debian's {@code chromium} and
 * {@code chromium-driver}, driven by Selenium) and reading back what the page drew.
 */
package dev.bulwark.report.browser;
