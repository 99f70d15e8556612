// Mutation testing only: a property that fails under a mutant fails at once, without shrinking the counterexample
// (shrinking is for a person reading the failure; a mutant only needs to be seen to fail).
import fc from 'fast-check';

fc.configureGlobal({ ...fc.readConfigureGlobal(), endOnFailure: true });
