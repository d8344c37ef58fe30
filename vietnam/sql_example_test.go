package vietnam_test

import (
	"errors"
	"fmt"
	"time"

	"github.com/hocvuso/hocvuso/vietnam"
)

func ExampleDate_Scan() {
	var d vietnam.Date
	_ = d.Scan(time.Date(2025, 5, 29, 0, 0, 0, 0, time.UTC)) // a DATE column through pgx
	fmt.Println(d)
	err := d.Scan(int64(20250529))
	fmt.Println(err, errors.Is(err, vietnam.ErrScan))
	// Output:
	// 29/05/2025
	// vietnam: scan int64 into vietnam.Date: unsupported driver type true
}

func ExampleDate_Value() {
	v, _ := vietnam.MustDate(2025, 5, 29).Value()
	fmt.Println(v)
	// Output: 2025-05-29 00:00:00 +0000 UTC
}

func ExampleScanText() {
	s, ok := vietnam.ScanText([]byte("2025-05-29"))
	fmt.Println(s, ok)
	_, ok = vietnam.ScanText(int64(1))
	fmt.Println(ok)
	// Output:
	// 2025-05-29 true
	// false
}

func ExampleScanError() {
	var d vietnam.Date
	err := d.Scan("30/02/2025")
	var se *vietnam.ScanError
	fmt.Println(errors.As(err, &se), se.Into, errors.Is(err, vietnam.ErrDateRange))
	// Output: true vietnam.Date true
}

func ExampleScanError_Error() {
	var d vietnam.Date
	fmt.Println(d.Scan("30/02/2025"))
	fmt.Println(d.Scan(3.5))
	// Output:
	// vietnam: scan string into vietnam.Date: vietnam: date "30/02/2025": day 30 out of range for 2/2025 (1–28)
	// vietnam: scan float64 into vietnam.Date: unsupported driver type
}

func ExampleScanError_Unwrap() {
	var d vietnam.Date
	err := d.Scan("30/02/2025")
	fmt.Println(errors.Is(err, vietnam.ErrScan), errors.Is(err, vietnam.ErrDateRange))
	// Output: true true
}
