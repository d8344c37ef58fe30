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

func ExampleNew() {
	// Two rosters of the Bình Dương youth union list Lê Thị Hồng: the
	// Phường Thuận Giao class by phone, the Tổ công nghệ số cộng đồng by
	// CCCD and the same phone, written another way.
	d := dedupe.New()
	d.Add(dedupe.Ref{Source: "lop-thuan-giao", Row: 5}, training.Learner{ID: "tg-5",
		Name: person.ParseName("Lê Thị Hồng"), Phone: person.MustParsePhone("0903 112 233")})
	d.Add(dedupe.Ref{Source: "to-cnscd", Row: 12}, training.Learner{ID: "cn-12",
		Name: person.ParseName("LE THI HONG"), Phone: person.MustParsePhone("+84903112233"),
		CCCD: person.MustParseCCCD("074190004567")})
	people, err := d.Result(context.Background())
	fmt.Println(len(people), "person,", err)
	for _, m := range people[0].Merges {
		fmt.Println(m)
	}
	// Output:
	// 1 person, <nil>
	// to-cnscd:12 = lop-thuan-giao:5 by phone+name
}

func ExampleNewMatcher() {
	// Rows of one large export, marked as they stream by.
	m := dedupe.NewMatcher()
	rows := []training.Learner{
		{Name: person.ParseName("Phạm Văn Dũng"), Phone: person.MustParsePhone("0918 765 432")},
		{Name: person.ParseName("Võ Thị Mai"), CCCD: person.MustParseCCCD("074301009876")},
		{Name: person.ParseName("Phạm Văn Dũng"), Phone: person.MustParsePhone("0918.765.432")},
	}
	for i, l := range rows {
		ref := dedupe.Ref{Source: "tan-uyen.xlsx", Row: i + 2}
		if dup, ok := m.Match(ref, l); ok {
			fmt.Println(dup)
		}
	}
	// Output:
	// tan-uyen.xlsx:4 = tan-uyen.xlsx:2 by phone+name
}

func ExampleKey_String() {
	for _, k := range []dedupe.Key{dedupe.KeyCCCD, dedupe.KeyPhoneName, dedupe.KeyNameBirthCommune, 0} {
		fmt.Println(k)
	}
	// Output:
	// cccd
	// phone+name
	// name+birth+commune
	// Key(0)
}

func ExampleRef_String() {
	fmt.Printf("%s %q\n", dedupe.Ref{Source: "doan-xa-bach-dang.xlsx", Row: 14}, dedupe.Ref{})
	// Output:
	// doan-xa-bach-dang.xlsx:14 ""
}

func ExampleMerge_String() {
	m := dedupe.Merge{Row: dedupe.Ref{Source: "lop-di-an", Row: 7}, With: dedupe.Ref{Source: "lop-tan-dong-hiep", Row: 2},
		Key: dedupe.KeyCCCD}
	fmt.Printf("%s %q\n", m, dedupe.Merge{})
	// Output:
	// lop-di-an:7 = lop-tan-dong-hiep:2 by cccd ""
}

func ExampleConflict_String() {
	// Two rosters of one learner disagree on her sex.
	c := dedupe.Conflict{Field: training.FieldSex, Values: []string{"nam", "nữ"}}
	fmt.Printf("%s %q\n", c, dedupe.Conflict{})
	// Output:
	// sex: nam | nữ ""
}

func ExampleMatcher_Match() {
	m := dedupe.NewMatcher()
	hoa := training.Learner{Name: person.ParseName("Huỳnh Thị Hoa"), CCCD: person.MustParseCCCD("074186003210")}
	_, first := m.Match(dedupe.Ref{Source: "phu-giao", Row: 2}, hoa)
	dup, again := m.Match(dedupe.Ref{Source: "phu-giao", Row: 9}, hoa)
	fmt.Println(first, again, dup.With, dup.Key)
	// Output:
	// false true phu-giao:2 cccd
}

func ExampleDeduper_Add() {
	// The same learner on the Phường Tân Định roster, once with a CCCD and
	// once, a week later, with the same CCCD and a new phone.
	d := dedupe.New()
	cccd := person.MustParseCCCD("074095007788")
	d.Add(dedupe.Ref{Source: "tan-dinh", Row: 4}, training.Learner{Name: person.ParseName("Bùi Quốc Khánh"), CCCD: cccd})
	d.Add(dedupe.Ref{Source: "tan-dinh", Row: 31}, training.Learner{Name: person.ParseName("Bùi Quốc Khánh"), CCCD: cccd,
		Phone: person.MustParsePhone("0987 654 321")})
	people, _ := d.Result(context.Background())
	fmt.Println(len(people), people[0].Rows, people[0].Learner.Phone.National())
	// Output:
	// 1 [tan-dinh:4 tan-dinh:31] 0987 654 321
}

func ExampleDeduper_Result() {
	d := dedupe.New()
	d.Add(dedupe.Ref{Source: "hoi-nghia", Row: 2}, training.Learner{Name: person.ParseName("Đỗ Thanh Tùng"),
		Phone: person.MustParsePhone("0966 123 456")})
	people, _ := d.Result(context.Background())
	fmt.Println(len(people), "person")
	// Result can be read again after more rows come in.
	d.Add(dedupe.Ref{Source: "hoi-nghia", Row: 3}, training.Learner{Name: person.ParseName("Đỗ Thị Thu"),
		Phone: person.MustParsePhone("0966 123 456")})
	people, _ = d.Result(context.Background())
	fmt.Println(len(people), "people: a shared phone alone does not merge")
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	_, err := d.Result(ctx)
	fmt.Println(err)
	// Output:
	// 1 person
	// 2 people: a shared phone alone does not merge
	// context canceled
}
