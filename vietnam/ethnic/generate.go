package ethnic

//go:generate go run gen.go
