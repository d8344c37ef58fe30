package person_test

import (
	"encoding/json"
	"fmt"

	"github.com/hocvuso/hocvuso/vietnam/person"
)

func ExamplePhone_Value() {
	v, _ := person.MustParsePhone("0912 345 678").Value()
	fmt.Println(v)
	// Output: +84912345678
}

func ExamplePhone_Scan() {
	var p person.Phone
	_ = p.Scan(int64(912345678)) // a numeric spreadsheet column lost the 0
	fmt.Println(p.E164())
	// Output: +84912345678
}

func ExampleCCCD_Value() {
	v, _ := person.MustParseCCCD("001095012345").Value()
	fmt.Printf("%q\n", v)
	// Output: "001095012345"
}

func ExampleCCCD_Scan() {
	var c person.CCCD
	_ = c.Scan(int64(1095012345)) // a BIGINT column dropped the leading zeros
	fmt.Println(c)
	// Output: 001095012345
}

func ExampleName_MarshalJSON() {
	b, _ := json.Marshal(person.ParseName("Nguyễn Thị Minh Khai"))
	fmt.Println(string(b))
	// Output: {"family":"Nguyễn","middle":"Thị Minh","given":"Khai"}
}

func ExampleName_UnmarshalJSON() {
	var n person.Name
	_ = json.Unmarshal([]byte(`{"family":"Niê","given":"H'Hen","given_first":true}`), &n)
	fmt.Println(n)
	// Output: H'Hen Niê
}
