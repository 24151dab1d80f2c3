/** Experiment settings: declared keys with defaults and validation, resolved from config files and --set. */
package org.jgan.experiments.config;
