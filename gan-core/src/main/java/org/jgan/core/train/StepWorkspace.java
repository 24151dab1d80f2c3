package org.jgan.core.train;

import org.nd4j.linalg.api.memory.MemoryWorkspace;
import org.nd4j.linalg.api.memory.conf.WorkspaceConfiguration;
import org.nd4j.linalg.api.memory.enums.AllocationPolicy;
import org.nd4j.linalg.api.memory.enums.LearningPolicy;
import org.nd4j.linalg.api.memory.enums.ResetPolicy;
import org.nd4j.linalg.api.memory.enums.SpillPolicy;
import org.nd4j.linalg.factory.Nd4j;

/**
 * The scratch memory of one training iteration: an ND4J workspace opened around the iteration and reset after it,
 * so the arrays a step allocates (data and noise batches, stacked inputs, loss values and score gradients) reuse one
 * block of off-heap memory from step to step. Without it those arrays wait for the garbage collector, which sees
 * only their small Java handles: an MNIST training process grew by about 0.5 MB per step, to gigabytes
 * (docs/performance.md).
 *
 * <p>The workspace learns its size in the first iteration and allocates it once; a later, larger iteration spills
 * outside and the block is reallocated. Nothing allocated inside may outlive the iteration, so long-lived arrays
 * (parameters, gradients, optimizer state, layers' work arrays) are allocated outside every workspace. One workspace
 * per thread serves every trainer on it, one iteration at a time.
 */
final class StepWorkspace {
    /** The workspace's name in ND4J's per-thread manager. */
    static final String ID = "jgan-training-step";

    private static final WorkspaceConfiguration CONFIGURATION = WorkspaceConfiguration.builder()
            .policyLearning(LearningPolicy.FIRST_LOOP)
            .policyAllocation(AllocationPolicy.STRICT)
            .policyReset(ResetPolicy.BLOCK_LEFT)
            .policySpill(SpillPolicy.REALLOCATE)
            .build();

    private StepWorkspace() {
    }

    /** Opens the calling thread's step workspace; closing it ends the iteration's scope. */
    static MemoryWorkspace open() {
        return Nd4j.getWorkspaceManager().getAndActivateWorkspace(CONFIGURATION, ID);
    }
}
