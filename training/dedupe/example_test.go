package dedupe_test

import (
	"context"
	"fmt"

	"github.com/hocvuso/hocvuso/training"
	"github.com/hocvuso/hocvuso/training/dedupe"
	"github.com/hocvuso/hocvuso/vietnam/person"
)

func ExampleDeduper() {
	d := dedupe.New()
	an := person.ParseName("Nguyễn Văn An")
	d.Add(dedupe.Ref{Source: "lop-lai-thieu", Row: 3}, training.Learner{ID: "a", Name: an,
		CCCD: person.MustParseCCCD("074085001234"), Phone: person.MustParsePhone("0912345678")})
	d.Add(dedupe.Ref{Source: "tnv-smartca", Row: 8}, training.Learner{ID: "b", Name: person.ParseName("NGUYEN VAN AN"),
		CCCD: person.MustParseCCCD("074085001234"), Phone: person.MustParsePhone("0977888999")})
	d.Add(dedupe.Ref{Source: "tnv-smartca", Row: 9}, training.Learner{ID: "c", Name: person.ParseName("Trần Thị Bình")})
	people, _ := d.Result(context.Background())
	for _, p := range people {
		fmt.Println(p.ID, p.Learner.Name, len(p.Rows), "rows")
		for _, m := range p.Merges {
			fmt.Println("  ", m)
		}
		for _, c := range p.Conflicts {
			fmt.Println("   conflict", c)
		}
	}
	// Output:
	// 074085001234 Nguyễn Văn An 2 rows
	//    tnv-smartca:8 = lop-lai-thieu:3 by cccd
	//    conflict phone: 0912 345 678 | 0977 888 999
	// c Trần Thị Bình 1 rows
}

func ExampleDeduper_Separate() {
	an := training.Learner{Name: person.ParseName("Nguyễn Văn An"), Phone: person.MustParsePhone("0912345678")}
	d := dedupe.New()
	// A data officer checked: row 9 is the father, who shares the phone.
	d.Separate(dedupe.Ref{Source: "kp1", Row: 9})
	d.Add(dedupe.Ref{Source: "kp1", Row: 3}, an)
	d.Add(dedupe.Ref{Source: "kp1", Row: 9}, an)
	people, _ := d.Result(context.Background())
	fmt.Println(len(people), "people")
	// Output: 2 people
}
