// Package cputime reads the CPU time of the process, for the benchmarks of
// the module that report CPU per row: on a shared machine CPU time
// measures the work, where wall time also measures the neighbours.
package cputime
