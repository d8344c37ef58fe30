//go:build never

package sample

func NotBuilt() {}
