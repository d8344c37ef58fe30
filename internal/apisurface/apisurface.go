// Package apisurface counts the exported identifiers of a Go package, so
// that the size of a public API is a figure a test can read and hold to a
// budget rather than an impression.
//
// What counts is what a user of the package can name: exported types,
// functions, constants and variables at the top level, exported methods of
// exported types (an interface's methods included), and exported fields of
// exported struct types. Test files and files another platform would build
// are not read; sub-packages are separate packages and are counted on their
// own.
package apisurface

import (
	"fmt"
	"go/ast"
	"go/build"
	"go/parser"
	"go/token"
	"os"
	"path/filepath"
	"strings"
)

// Count is the exported surface of one package, by kind.
type Count struct {
	Types, Funcs, Methods, Consts, Vars, Fields int
}

// Total is the sum of the kinds.
func (c Count) Total() int {
	return c.Types + c.Funcs + c.Methods + c.Consts + c.Vars + c.Fields
}

// String lists the kinds and the total, for a test's log.
func (c Count) String() string {
	return fmt.Sprintf("%d exported (types %d, funcs %d, methods %d, consts %d, vars %d, fields %d)",
		c.Total(), c.Types, c.Funcs, c.Methods, c.Consts, c.Vars, c.Fields)
}

// Dir counts the exported identifiers of the package in dir.
func Dir(dir string) (Count, error) {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return Count{}, fmt.Errorf("apisurface: %w", err)
	}
	fset := token.NewFileSet()
	var files []*ast.File
	for _, e := range entries {
		name := e.Name()
		if e.IsDir() || !strings.HasSuffix(name, ".go") || strings.HasSuffix(name, "_test.go") {
			continue
		}
		if ok, err := build.Default.MatchFile(dir, name); err != nil || !ok {
			continue
		}
		f, err := parser.ParseFile(fset, filepath.Join(dir, name), nil, parser.SkipObjectResolution)
		if err != nil {
			return Count{}, fmt.Errorf("apisurface: %w", err)
		}
		files = append(files, f)
	}
	if len(files) == 0 {
		return Count{}, fmt.Errorf("apisurface: no Go files in %s", dir)
	}
	var c Count
	for _, f := range files {
		for _, d := range f.Decls {
			switch d := d.(type) {
			case *ast.FuncDecl:
				switch {
				case !d.Name.IsExported():
				case d.Recv == nil:
					c.Funcs++
				case ast.IsExported(receiverType(d.Recv.List[0].Type)):
					c.Methods++
				}
			case *ast.GenDecl:
				c.addGen(d)
			}
		}
	}
	return c, nil
}

func (c *Count) addGen(d *ast.GenDecl) {
	for _, s := range d.Specs {
		switch s := s.(type) {
		case *ast.TypeSpec:
			if !s.Name.IsExported() {
				continue
			}
			c.Types++
			switch t := s.Type.(type) {
			case *ast.StructType:
				c.Fields += exportedNames(t.Fields, true)
			case *ast.InterfaceType:
				c.Methods += exportedNames(t.Methods, false)
			}
		case *ast.ValueSpec:
			for _, n := range s.Names {
				if !n.IsExported() {
					continue
				}
				if d.Tok == token.CONST {
					c.Consts++
				} else {
					c.Vars++
				}
			}
		}
	}
}

// exportedNames counts the exported names of a field list. An embedded
// struct field is named by its type; an interface embedded in an interface
// adds no name of its own (its methods are counted where it is declared).
func exportedNames(l *ast.FieldList, embeddedCount bool) int {
	n := 0
	for _, f := range l.List {
		if len(f.Names) == 0 {
			if embeddedCount && ast.IsExported(receiverType(f.Type)) {
				n++
			}
			continue
		}
		for _, name := range f.Names {
			if name.IsExported() {
				n++
			}
		}
	}
	return n
}

// receiverType names the type of a receiver or embedded field: T, *T,
// T[P] and pkg.T all name T.
func receiverType(e ast.Expr) string {
	for {
		switch t := e.(type) {
		case *ast.StarExpr:
			e = t.X
		case *ast.IndexExpr:
			e = t.X
		case *ast.IndexListExpr:
			e = t.X
		case *ast.SelectorExpr:
			return t.Sel.Name
		case *ast.Ident:
			return t.Name
		default:
			return ""
		}
	}
}
