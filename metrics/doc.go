// Package metrics counts what a digital-skills program achieves and compares
// it with its targets: indicators, records, rollups over an org tree,
// targets, progress and pacing, allocation of a target to sub-units, and
// reports.
package metrics
