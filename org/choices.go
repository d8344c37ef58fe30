package org

import (
	"errors"
	"fmt"
	"slices"
	"strings"

	"github.com/hocvuso/hocvuso/vietnam/admin"
)

// ErrChoice is wrapped by the errors of ChoicesByCommune: a decision on a
// commune the reform did not split, or naming a commune that is not one of
// its successors.
var ErrChoice = errors.New("bad split choice")

// ChoicesByCommune turns a province's decisions on split communes, written
// as it keeps them (the pre-2025 commune → the 2025 commune it goes with),
// into MigrateOptions.Choices for every unit of old that serves such a
// commune. ds supplies the successions; nil means admin.Embedded().
//
// Every entry that names no commune both split by the reform and served by
// a unit of old, and every choice that is not one of its commune's
// successors, is reported, joined, each wrapping ErrChoice.
func ChoicesByCommune(old *Tree, ds *admin.Dataset, byCommune map[admin.Code]admin.Code) (map[ID]admin.Code, error) {
	if ds == nil {
		ds = admin.Embedded()
	}
	choices := make(map[ID]admin.Code)
	var notSplit []string
	var errs []error
	for from, to := range byCommune {
		succ := ds.Successors(from)
		var units []Unit
		if from.Level() == admin.LevelCommune && len(succ) > 1 {
			units = slices.Collect(old.ForAdmin(from))
		}
		if len(units) == 0 {
			notSplit = append(notSplit, adminText(from))
			continue
		}
		var codes []string
		ok := false
		for _, s := range succ {
			codes = append(codes, s.New.Code().String())
			ok = ok || s.New.Code() == to
		}
		if !ok {
			errs = append(errs, fmt.Errorf("org: split commune %s: %s is not one of its successors %s: %w",
				from, adminText(to), strings.Join(codes, ", "), ErrChoice))
			continue
		}
		for _, u := range units {
			choices[u.ID] = to
		}
	}
	if len(notSplit) > 0 {
		slices.Sort(notSplit)
		errs = append(errs, fmt.Errorf("org: %s are not communes split by the reform in the tree: %w", strings.Join(notSplit, ", "), ErrChoice))
	}
	slices.SortFunc(errs, func(a, b error) int { return strings.Compare(a.Error(), b.Error()) })
	if err := errors.Join(errs...); err != nil {
		return nil, err
	}
	return choices, nil
}

// Nearest returns where the records of old count in the new tree: New of
// old, or, for a unit with no new unit of its own (a split commune still
// Pending, an Ended team), New of its nearest ancestor that has one, so
// that a rollup loses nothing while a decision waits. ok is false when no
// ancestor has a new unit either, or old is unknown. Its signature fits
// metrics.Options.Successor.
func (m *Mapping) Nearest(old ID) (ID, bool) {
	if n, ok := m.New(old); ok {
		return n, true
	}
	for u := range m.old.Ancestors(old) {
		if n, ok := m.New(u.ID); ok {
			return n, true
		}
	}
	return "", false
}
