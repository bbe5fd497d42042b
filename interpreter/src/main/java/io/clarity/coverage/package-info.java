/**
 * Line, function and branch coverage of contracts, collected by a listener on the
 * instrumentation seam ({@link io.clarity.coverage.Coverage}) and written as LCOV
 * ({@link io.clarity.coverage.Lcov}), the format of genhtml, Codecov and Clarinet's
 * {@code --coverage}. An existing LCOV file is read and added to, so that counts add up across
 * tests and runs.
 */
package io.clarity.coverage;
