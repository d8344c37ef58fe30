package certificate_test

import (
	"encoding/json"
	"errors"
	"fmt"

	"github.com/hocvuso/hocvuso/training/certificate"
)

func ExampleParse() {
	n, _ := certificate.New("BDHVS", 2025, 123)
	fmt.Println(n)
	_, err := certificate.Parse("BDHVS-2025-000132-" + n.String()[18:])
	fmt.Println(err != nil)
	// Output:
	// BDHVS-2025-000123-76
	// true
}

func ExampleNew() {
	n, err := certificate.New("BDHVS", 2025, 1)
	fmt.Println(n, err)
	_, err = certificate.New("BDHVS", 2025, 0)
	fmt.Println(err)
	// Output:
	// BDHVS-2025-000001-54 <nil>
	// certificate: BDHVS-2025-0: sequence out of range 1–999999: invalid certificate number
}

func ExampleNumber_String() {
	n := certificate.Number{Series: "TNHVS", Year: 2025, Seq: 4821} // a Thái Nguyên series
	fmt.Println(n)
	// Output: TNHVS-2025-004821-74
}

func ExampleNumber_MarshalText() {
	n, _ := certificate.New("BDHVS", 2025, 123)
	b, err := json.Marshal(map[string]certificate.Number{"so_chung_nhan": n})
	fmt.Println(string(b), err)
	// Output: {"so_chung_nhan":"BDHVS-2025-000123-76"} <nil>
}

func ExampleNumber_UnmarshalText() {
	var n certificate.Number
	err := n.UnmarshalText([]byte(" bdhvs-2025-000123-76 "))
	fmt.Println(n.Series, n.Year, n.Seq, err)
	err = n.UnmarshalText([]byte("BDHVS-2025-000123-67")) // check digits swapped
	fmt.Println(errors.Is(err, certificate.ErrInvalid), err)
	// Output:
	// BDHVS 2025 123 <nil>
	// true certificate: "BDHVS-2025-000123-67": check digits do not match: mistyped?: invalid certificate number
}
