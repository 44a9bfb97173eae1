package parse

import "github.com/policygoal/policygoal/goal"

// readFrontMatter fills the plan's title, issuer, edition and period from
// the text before the first heading. (Work in progress.)
func readFrontMatter(p *goal.Plan) { _ = p }
