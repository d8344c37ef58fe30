package metrics

import (
	"crypto/hmac"
	"crypto/sha256"
	"encoding/base64"
	"errors"
	"fmt"
	"iter"
	"strings"

	"github.com/hocvuso/hocvuso/vietnam/person"
)

// Pseudonymizer turns citizen IDs and other personal keys into subject
// keys for records: a keyed hash, HMAC-SHA-256 with the program's secret,
// so that no raw CCCD reaches a record, a rollup, a report or an export,
// while the same person still gets the same key and counts once in a
// Distinct indicator.
//
// A key is "s1:" and the first 128 bits of the HMAC in unpadded base64url,
// 25 characters: "s1:Wm9f2xQpJ8dVbq0Yt3nR5A". Without the secret the key
// cannot be computed from a CCCD, so a leaked export cannot be joined back
// to people by trying all CCCDs (there are only about 10^12, which a plain
// SHA-256 would not protect). Keep the secret out of the database and the
// code (an environment variable, a secrets manager); rotating it changes
// every key, so distinct counts across the rotation would count people
// twice. 128 bits make an accidental collision between two people
// negligible (about 1 in 10^20 for a billion keys).
//
// A Pseudonymizer is immutable and safe for concurrent use.
type Pseudonymizer struct {
	secret []byte
}

// PseudonymPrefix begins every subject key, naming the scheme's version.
const PseudonymPrefix = "s1:"

// ErrSecret is returned by NewPseudonymizer for a secret shorter than 32
// bytes, the size of the hash: a shorter one is easier to guess than the
// keys it protects.
var ErrSecret = errors.New("secret shorter than 32 bytes")

// NewPseudonymizer returns a pseudonymizer keyed by the program's secret,
// at least 32 random bytes. The secret is copied.
func NewPseudonymizer(secret []byte) (*Pseudonymizer, error) {
	if len(secret) < sha256.Size {
		return nil, fmt.Errorf("metrics: pseudonymizer: a %d-byte secret: %w", len(secret), ErrSecret)
	}
	return &Pseudonymizer{secret: append([]byte(nil), secret...)}, nil
}

// Key returns the subject key of any identifying key: a learner's dedupe
// key, a phone number in E.164 form. The same input gives the same key;
// callers normalise first (see CCCD).
func (p *Pseudonymizer) Key(id string) string {
	m := hmac.New(sha256.New, p.secret)
	m.Write([]byte(id))
	var sum [sha256.Size]byte
	m.Sum(sum[:0])
	return PseudonymPrefix + base64.RawURLEncoding.EncodeToString(sum[:16])
}

// CCCD returns the subject key of a citizen ID: Key of its 12 digits, so
// "001 095 012 345" and "001095012345" give the same key. The zero CCCD
// gives "".
func (p *Pseudonymizer) CCCD(c person.CCCD) string {
	if c.IsZero() {
		return ""
	}
	return p.Key(c.String())
}

// Record returns r with its Subject replaced by its key. An empty Subject
// stays empty, and a subject that is already a key is kept, so applying
// Record twice changes nothing.
func (p *Pseudonymizer) Record(r Record) Record {
	if r.Subject != "" && !IsPseudonym(r.Subject) {
		r.Subject = p.Key(r.Subject)
	}
	return r
}

// Records applies Record to every record of the sequence.
func (p *Pseudonymizer) Records(records iter.Seq[Record]) iter.Seq[Record] {
	return func(yield func(Record) bool) {
		for r := range records {
			if !yield(p.Record(r)) {
				return
			}
		}
	}
}

// IsPseudonym reports whether s has the form of a subject key: the prefix
// and 22 base64url characters. Options.RequirePseudonyms uses it to keep
// raw IDs out of an aggregation.
func IsPseudonym(s string) bool {
	k, ok := strings.CutPrefix(s, PseudonymPrefix)
	if !ok || len(k) != 22 {
		return false
	}
	for i := 0; i < len(k); i++ {
		c := k[i]
		if !(c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '-' || c == '_') {
			return false
		}
	}
	return true
}
