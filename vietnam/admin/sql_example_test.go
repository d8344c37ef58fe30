package admin_test

import (
	"fmt"

	"github.com/hocvuso/hocvuso/vietnam/admin"
)

func ExampleCode_Value() {
	v, _ := admin.MustParseCode(admin.Era2025, admin.LevelCommune, "25966").Value()
	fmt.Println(v)
	// Output: 2025:25966
}

func ExampleCode_Scan() {
	var c admin.Code
	fmt.Println(c.Scan([]byte("pre-2025:00004")), c.Era(), c.Level(), c)
	fmt.Println(c.Scan(int64(25966)))
	// Output:
	// <nil> pre-2025 commune 00004
	// vietnam: scan int64 into admin.Code: unsupported driver type
}
