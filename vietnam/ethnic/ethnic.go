// Package ethnic is the official list of Vietnam's 54 ethnic groups (dân
// tộc) with their codes, to read the "Dân tộc" column of a roster and to
// break counts down by ethnicity.
//
// Two official code orders exist. This package uses the one of Quyết định
// 121-TCTK/PPCĐ of 2 March 1979 (01 Kinh, 02 Tày, 03 Thái, 04 Hoa, 05
// Khơ-me, 06 Mường …), which the population database and the systems
// linked to it use (the national public-service portal's forms, the
// Ministry of Health's code system); Code2008 gives a group's code in the
// later list of Quyết định 1019/QĐ-TCTK of 12 November 2008 (04 Mường, 05
// Khơ me, 06 Hoa …). Data that stores a two-digit code must say which list
// it follows.
package ethnic

import (
	"errors"
	"fmt"
	"iter"
	"strings"

	"github.com/hocvuso/hocvuso/vietnam"
)

// ErrUnknown is wrapped by Parse's error for text that names no group.
var ErrUnknown = errors.New("not an ethnic group")

// Group is one of the 54 ethnic groups, numbered by its 1979 code (Kinh
// is 1). The zero Group is unknown.
type Group uint8

// The groups most rosters name, for code that needs them as constants;
// every other group is Group(code).
const (
	Unknown Group = 0
	Kinh    Group = 1
	Tay     Group = 2
	Thai    Group = 3
	Hoa     Group = 4
	Khmer   Group = 5
	Muong   Group = 6
	Nung    Group = 7
	Hmong   Group = 8
	Dao     Group = 9
)

type info struct {
	name, en, code2008 string
	aliases            []string
}

// Count is the number of groups.
const Count = len(table) - 1

// Groups yields the 54 groups in code order.
func Groups() iter.Seq[Group] {
	return func(yield func(Group) bool) {
		for g := Group(1); int(g) <= Count; g++ {
			if !yield(g) {
				return
			}
		}
	}
}

// IsValid reports whether g is one of the 54 groups.
func (g Group) IsValid() bool { return g >= 1 && int(g) <= Count }

// Code returns the two-digit 1979 code ("08"), "" for an invalid group.
func (g Group) Code() string {
	if !g.IsValid() {
		return ""
	}
	return fmt.Sprintf("%02d", uint8(g))
}

// Code2008 returns the group's code in the 2008 list ("Hoa" is 06 there).
func (g Group) Code2008() string {
	if !g.IsValid() {
		return ""
	}
	return table[g].code2008
}

// String returns the group's official Vietnamese name ("HMông"),
// "unknown" for Unknown, as the module's other enums print their zero, or
// "Group(n)" for a value out of range, which never passes for a group.
func (g Group) String() string {
	switch {
	case g == Unknown:
		return "unknown"
	case !g.IsValid():
		return fmt.Sprintf("Group(%d)", uint8(g))
	}
	return table[g].name
}

// Label returns the group's name in the language; Unknown is "không rõ"
// in Vietnamese, the word a form writes, and "unknown" in English.
func (g Group) Label(l vietnam.Lang) string {
	switch {
	case g == Unknown && l != vietnam.English:
		return "không rõ"
	case g.IsValid() && l == vietnam.English:
		return table[g].en
	}
	return g.String()
}

// Aliases returns the other spellings and names a group is written with
// ("H'Mông", "Mông", "Mèo" for HMông).
func (g Group) Aliases() []string {
	if !g.IsValid() {
		return nil
	}
	return append([]string(nil), table[g].aliases...)
}

// Parse reads a group from its 1979 code ("8", "08"), its name or an
// alias in any case, with or without tones, hyphens or apostrophes
// ("Hmong", "H'mông", "Mông", "dân tộc Mường").
func Parse(s string) (Group, error) {
	k := key(s)
	if g, ok := index()[k]; ok {
		return g, nil
	}
	return Unknown, fmt.Errorf("ethnic: %q: %w", s, ErrUnknown)
}

// index maps keys of codes, names and aliases to groups. It is built on
// each call from the table: small enough (about 130 keys) that callers
// who parse in a loop keep their own map, as an importer does.
func index() map[string]Group {
	m := make(map[string]Group, 3*Count)
	for g := range Groups() {
		m[key(g.Code())] = g
		m[fmt.Sprint(uint8(g))] = g
		m[key(table[g].name)] = g
		for _, a := range table[g].aliases {
			m[key(a)] = g
		}
	}
	return m
}

// key folds a name: no tones, no case, no hyphen, apostrophe, bracket or
// space, and without a leading "dân tộc" ("Dân tộc Mường").
func key(s string) string {
	f := vietnam.Fold(s)
	f = strings.TrimPrefix(strings.TrimSpace(f), "dan toc ")
	var b strings.Builder
	for _, r := range f {
		switch r {
		case ' ', '-', '\'', '’', '(', ')', '.', '_':
			continue
		}
		b.WriteRune(r)
	}
	return b.String()
}

// A Parser reads groups with its own index, built once: for reading a
// column of a million rows.
type Parser struct{ m map[string]Group }

// NewParser returns a Parser.
func NewParser() *Parser { return &Parser{m: index()} }

// Parse is like the package's Parse.
func (p *Parser) Parse(s string) (Group, error) {
	if g, ok := p.m[key(s)]; ok {
		return g, nil
	}
	return Unknown, fmt.Errorf("ethnic: %q: %w", s, ErrUnknown)
}
