package certificate_test

import (
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
