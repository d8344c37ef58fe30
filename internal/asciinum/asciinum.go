// Package asciinum reads and writes the runs of ASCII digits that codes,
// ID numbers, phone numbers, dates and periods are made of. Each of those
// parsers checks its own shape (where a separator goes, how many digits a
// part has); what they share is this: only '0'–'9' count as digits (no
// sign, no space, no other script's digits, which strconv would refuse
// or accept differently), and a number is written back with as many
// leading zeros as its field is wide.
package asciinum

// MaxDigits is the most digits Parse reads: any run of nine digits fits
// an int on every platform Go builds for.
const MaxDigits = 9

// All reports whether s is one or more ASCII digits and nothing else.
func All(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return s != ""
}

// Parse returns the value of s if s is 1 to max ASCII digits and nothing
// else; ok is false otherwise. A max above MaxDigits counts as MaxDigits.
func Parse(s string, max int) (n int, ok bool) {
	if s == "" || len(s) > min(max, MaxDigits) {
		return 0, false
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c < '0' || c > '9' {
			return 0, false
		}
		n = n*10 + int(c-'0')
	}
	return n, true
}

// Value returns the value of d, which the caller has already found to be
// ASCII digits, at most 19 of them so that the value fits.
func Value[S ~string | ~[]byte](d S) uint64 {
	var v uint64
	for i := 0; i < len(d); i++ {
		v = v*10 + uint64(d[i]-'0')
	}
	return v
}

// Append appends n to b as exactly width digits: with leading zeros when n
// is shorter ("00042" for 42 in five), its last width digits when longer.
func Append(b []byte, n uint64, width int) []byte {
	start := len(b)
	for range width {
		b = append(b, '0')
	}
	for i := len(b) - 1; i >= start && n > 0; i-- {
		b[i] = byte('0' + n%10)
		n /= 10
	}
	return b
}
