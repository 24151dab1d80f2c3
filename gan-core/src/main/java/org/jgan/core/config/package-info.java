/** Validation of user input with messages that name the field and say what was expected. */
package org.jgan.core.config;
