/** What training experiments share: common settings, and the loop that logs, checkpoints and resumes. */
package org.jgan.experiments.training;
