package main

import (
	"strings"
	"testing"
)

func TestDerive(t *testing.T) {
	t.Parallel()
	in := "name\talternate_names\tgovernorate\tdistrict\tlat\tlon\tpopulation\tkind\tsources\tevents\n" +
		"Dūmā\tDouma,Duma,Dmā\tRif Dimashq\tDuma\t33.57\t36.40\t1\tcity\tGeoNames\t215\n" +
		"Dahiet Elasad\tAl Assad,Al-Assad,Sham\tRif Dimashq\t\t33.58\t36.36\t\ttown\tUCDP GED\t\n" +
		"Badia\t\t\t\t34.0\t38.0\t\tregion\tmanual\t3\n" +
		"Al Bāb\tAl Bab,Al-Bab,Bab\tAleppo\tAl Bab\t36.37\t37.51\t1\tcity\tGeoNames\t158\n"
	var out strings.Builder
	if err := derive(strings.NewReader(in), &out); err != nil {
		t.Fatal(err)
	}
	got := out.String()
	for _, want := range []string{"Dūmā\tRif Dimashq\tcity\t33.57\t36.40\t215\tDūmā|Douma|Duma\n", "Dahiet Elasad\tRif Dimashq\ttown\t33.58\t36.36\t0\tDahiet Elasad\n",
		"Al Bāb\tAleppo\tcity\t36.37\t37.51\t158\tAl Bāb|Al Bab|Al-Bab\n"} {
		if !strings.Contains(got, want) {
			t.Errorf("derive output lacks %q:\n%s", want, got)
		}
	}
	if !strings.Contains(got, "al-Waer\tHoms\tneighbourhood\t") {
		t.Errorf("derive output lacks the Homs district al-Waer:\n%s", got)
	}
	if strings.Contains(got, "Badia") {
		t.Errorf("a place with no governorate was kept:\n%s", got)
	}
	if err := derive(strings.NewReader("header\nonly\ttwo\n"), &out); err == nil || !strings.Contains(err.Error(), "line 2") {
		t.Errorf("derive(short row) error = %v, want one naming line 2", err)
	}
}
