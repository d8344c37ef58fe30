package training

import "fmt"

// names are the stable code and the Vietnamese and English names of one
// value of a small enum (Group, Service).
type names struct{ code, vi, en string }

// nameOf returns the names of v in table, or "Kind(n)" for every name of a
// value outside it, so that String never panics.
func nameOf[T ~uint8](table []names, v T, kind string) names {
	if int(v) < len(table) {
		return table[v]
	}
	s := fmt.Sprintf("%s(%d)", kind, uint8(v))
	return names{s, s, s}
}

// codeIn returns the value whose code is folded text f, skipping the
// unknown value at index 0.
func codeIn[T ~uint8](table []names, f string) (T, bool) {
	for i, n := range table {
		if i > 0 && f == n.code {
			return T(i), true
		}
	}
	return 0, false
}
