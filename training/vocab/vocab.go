// Package vocab holds open vocabularies: the services, target groups and
// kinds of activity a program counts, defined as data (a code, Vietnamese
// and English names, the aliases people type, an optional parent) rather
// than as constants, so that a program adds its province's app or its
// contest without changing code. A cell names a term by its code, a name
// or an alias, compared whole after folding (case, tones, đ and
// punctuation do not matter), never by a word it contains.
//
// Package training builds in the national vocabularies and matches roster
// cells against a program's.
package vocab

import (
	"errors"
	"fmt"
	"iter"
	"slices"
	"strings"

	"github.com/hocvuso/hocvuso/vietnam"
)

// ErrInvalid is wrapped by the errors of New and Vocabulary.With: a term
// without a code or a Vietnamese name, two terms with one code, an alias
// two terms claim, a parent that is not in the vocabulary.
var ErrInvalid = errors.New("invalid vocabulary")

// A Term is one entry of an open vocabulary: a service, a target group, a
// kind of activity. A program defines its own terms as data, beside the
// national ones package training builds in.
type Term struct {
	// Code is the stable machine word ("smartca"), what files and
	// indicator codes store.
	Code string `json:"code"`
	// VI and EN are the names a report prints.
	VI string `json:"vi"`
	EN string `json:"en,omitempty"`
	// Aliases are the other ways people write the term in a roster cell
	// ("Chữ ký số", "Smart CA"). They, the code and the two names are
	// matched whole after folding: case, tones, đ and punctuation do not
	// matter, but a cell that merely contains an alias does not match.
	Aliases []string `json:"aliases,omitempty"`
	// Parent is the code of a broader term: "dvc_muc_4" (a full online
	// dossier) is a kind of "dvc". Records count a term under its
	// ancestors too.
	Parent string `json:"parent,omitempty"`
}

// Label returns the term's name in the language; the Vietnamese name when
// there is no English one.
func (t Term) Label(l vietnam.Lang) string {
	if l == vietnam.English && t.EN != "" {
		return t.EN
	}
	return t.VI
}

// A Vocabulary is an open set of terms matched by whole alias. The zero
// Vocabulary is empty; a nil *Vocabulary matches nothing. A Vocabulary is
// immutable once built and safe for concurrent use.
type Vocabulary struct {
	terms []Term
	index map[string]int // folded code, name or alias → term
}

// New builds a vocabulary from terms. It fails, wrapping
// ErrInvalid, when a term has no code or no Vietnamese name, when two
// terms share a code, when an alias names two terms, or when a parent is
// missing or the parents make a cycle.
func New(terms ...Term) (*Vocabulary, error) {
	return (*Vocabulary)(nil).With(terms...)
}

// With returns a new vocabulary with v's terms and the given ones: how a
// program adds its own apps, contests and groups to the national list.
// v is unchanged.
func (v *Vocabulary) With(terms ...Term) (*Vocabulary, error) {
	out := &Vocabulary{index: map[string]int{}}
	if v != nil {
		out.terms = slices.Clip(v.terms)
	}
	out.terms = append(out.terms, terms...)
	for i, t := range out.terms {
		if strings.TrimSpace(t.Code) == "" || strings.TrimSpace(t.VI) == "" {
			return nil, fmt.Errorf("vocab: term %d (%q): %w: a term needs a code and a Vietnamese name", i+1, t.Code, ErrInvalid)
		}
		for _, a := range slices.Concat([]string{t.Code, t.VI, t.EN}, t.Aliases) {
			k := termKey(a)
			if k == "" {
				continue
			}
			if j, ok := out.index[k]; ok && j != i {
				return nil, fmt.Errorf("vocab: %q names both %q and %q: %w", a, out.terms[j].Code, t.Code, ErrInvalid)
			}
			out.index[k] = i
		}
	}
	for _, t := range out.terms {
		if t.Parent != "" {
			seen := 0
			for p := t.Parent; p != ""; seen++ {
				pt, ok := out.Term(p)
				if !ok {
					return nil, fmt.Errorf("vocab: term %q: parent %q: %w: no such code", t.Code, p, ErrInvalid)
				}
				if seen > len(out.terms) {
					return nil, fmt.Errorf("vocab: term %q: %w: its parents make a cycle", t.Code, ErrInvalid)
				}
				p = pt.Parent
			}
		}
	}
	return out, nil
}

// Match returns the term a cell names: its code, name or one of its
// aliases, compared whole after folding ("tổng đài 1022", "TONG DAI 1022"
// and "Tổng đài - 1022" are one key). A cell that only contains an alias
// ("Góp ý Hiến pháp trên VNeID") matches nothing.
func (v *Vocabulary) Match(s string) (Term, bool) {
	if v == nil {
		return Term{}, false
	}
	i, ok := v.index[termKey(s)]
	if !ok {
		return Term{}, false
	}
	return v.terms[i], true
}

// Term returns the term with the code.
func (v *Vocabulary) Term(code string) (Term, bool) {
	if v == nil {
		return Term{}, false
	}
	if i, ok := v.index[termKey(code)]; ok && v.terms[i].Code == code {
		return v.terms[i], true
	}
	for _, t := range v.terms {
		if t.Code == code {
			return t, true
		}
	}
	return Term{}, false
}

// Terms yields the terms in the order they were given.
func (v *Vocabulary) Terms() iter.Seq[Term] {
	return func(yield func(Term) bool) {
		if v == nil {
			return
		}
		for _, t := range v.terms {
			if !yield(t) {
				return
			}
		}
	}
}

// Lineage yields the term with the code and then its ancestors, nearest
// first; nothing when the code is not in the vocabulary.
func (v *Vocabulary) Lineage(code string) iter.Seq[Term] {
	return func(yield func(Term) bool) {
		for i := 0; code != "" && i <= len(v.terms0()); i++ {
			t, ok := v.Term(code)
			if !ok || !yield(t) {
				return
			}
			code = t.Parent
		}
	}
}

func (v *Vocabulary) terms0() []Term {
	if v == nil {
		return nil
	}
	return v.terms
}

// termKey folds a cell for matching: no tones, no case, đ as d, and every
// run of characters other than letters and digits as one space.
func termKey(s string) string {
	f := vietnam.Fold(s)
	var b strings.Builder
	space := false
	for _, r := range f {
		if r >= 'a' && r <= 'z' || r >= '0' && r <= '9' || r >= 0x80 {
			if space && b.Len() > 0 {
				b.WriteByte(' ')
			}
			space = false
			b.WriteRune(r)
			continue
		}
		space = true
	}
	return b.String()
}
