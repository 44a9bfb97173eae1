package parse

import "github.com/policygoal/policygoal/goal"

// targets is the target recognizer. (Work in progress.)
func (p *Parser) targets(text string, f folded) []goal.Target {
	_ = text
	_ = f
	return nil
}
