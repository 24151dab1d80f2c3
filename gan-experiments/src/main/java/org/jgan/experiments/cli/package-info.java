/** The {@code gan} command line: list, run, resume. */
package org.jgan.experiments.cli;
