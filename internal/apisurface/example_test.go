package apisurface_test

import (
	"fmt"

	"github.com/hocvuso/hocvuso/internal/apisurface"
)

func ExampleDir() {
	c, err := apisurface.Dir("testdata/sample")
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(c)
	fmt.Println(c.Total())
	// Output:
	// 16 exported (types 4, funcs 1, methods 4, consts 2, vars 1, fields 4)
	// 16
}
