import { describe, expect, test } from 'vitest';
import { parseRouterGates } from '../../src/effective/router-gates.ts';

// A made-up router in the upstream style.
const GO = `package container

const widgetsVersion = "1.45"

func (c *containerRouter) postThings(ctx context.Context, w http.ResponseWriter, r *http.Request) error {
	version := httputils.VersionFromContext(ctx)
	if versions.LessThan(version, "1.44") {
		hostConfig.Frobnicate = ""
	}
	if r.Form.Get("shiny") != "" && versions.GreaterThanOrEqualTo(version, widgetsVersion) {
		return nil
	}
	other.LessThan(version, "1.99")
	return nil
}
`;

describe('parseRouterGates', () => {
  const gates = parseRouterGates('container/things.go', GO);

  test('finds every comparison of the versions package, with line and version', () => {
    expect(gates.map((gate) => [gate.line, gate.compare, gate.version, gate.handler])).toEqual([
      [7, 'LessThan', '1.44', 'postThings'],
      [10, 'GreaterThanOrEqualTo', '1.45', 'postThings'],
    ]);
  });

  test('names what the gated statement touches: fields and form keys', () => {
    expect(gates[0]?.touches).toContain('Frobnicate');
    expect(gates[1]?.touches).toContain('shiny');
  });
});
