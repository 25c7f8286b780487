package london.observatory.search;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Generated entries the size of England for the search benchmark: areas in England's proportions (about 300
 * boroughs and districts, 7,000 MSOAs, 8,000 wards, 34,000 LSOAs) with made-up place names built from syllables,
 * and indicators with titles, keywords and descriptions drawn from word lists of the subjects local
 * indicators cover. Fixed seed: the same entries every run.
 */
final class EnglandSizedEntries {

    private static final String[] STARTS = {
        "Ash", "Brad", "Chel", "Dun", "Ever", "Fair", "Glen", "Hart", "Ing", "Kel", "Lang", "Mar", "Nor", "Ock", "Pen",
        "Rad", "Stan", "Thorn", "Up", "Wal", "Whit", "Wood", "Bex", "Crow", "Ford", "Hal", "Kings", "Long", "Mid",
        "New", "Old", "Red", "Salt", "Tam", "West", "York", "Bar", "Carl", "Dor", "Elm"
    };
    private static final String[] ENDS = {
        "ford", "ham", "ton", "bury", "wick", "field", "ley", "worth", "minster", "by", "stead", "borough", "combe",
        "hurst", "mouth", "well", "gate", "wood", "thorpe", "den"
    };
    private static final String[] WARD_WORDS = {
        "North",
        "South",
        "East",
        "West",
        "Central",
        "Park",
        "Green",
        "Hill",
        "Vale",
        "Common",
        "Town",
        "Heath",
        "Marsh",
        "Village",
        "Riverside",
        "Abbey",
        "Castle",
        "Forest",
        "Bridge",
        "Fields"
    };
    private static final String[] SUBJECTS = {
        "school readiness",
        "air quality",
        "road traffic casualties",
        "burglary",
        "fuel poverty",
        "childhood obesity",
        "adult social care",
        "hospital admissions for asthma",
        "library visits",
        "access to green space",
        "broadband coverage",
        "bus journeys",
        "household recycling",
        "noise complaints",
        "fly-tipping incidents",
        "youth offending",
        "pupil absence",
        "free school meals",
        "care leavers",
        "domestic abuse",
        "smoking",
        "alcohol-related admissions",
        "life expectancy",
        "infant mortality",
        "dementia diagnosis",
        "diabetes",
        "physical activity",
        "employment",
        "median earnings",
        "business births",
        "vacant dwellings",
        "house prices",
        "affordable homes delivered",
        "energy efficiency",
        "carbon emissions",
        "flood risk",
        "loneliness",
        "child poverty",
        "pension credit",
        "housing benefit",
        "council tax support",
        "mortgage repossessions",
        "landlord possession claims",
        "rough sleeping counts",
        "mental health act detentions",
        "talking therapies",
        "prescriptions for antidepressants",
        "emergency admissions",
        "childcare places",
        "apprenticeships"
    };
    private static final String[] MEASURES = {"rate", "count", "percentage", "per 1,000", "per 100,000", "rank"};
    private static final String[] GROUPS = {"all ages", "children", "adults", "older people", "men", "women"};
    private static final String[] THEMES = {"jobs", "housing", "debt", "mental health", "population", "health"};
    private static final String[] PUBLISHERS = {
        "Office for National Statistics", "Department for Education", "Department for Transport", "Home Office",
        "NHS England", "Department for Work and Pensions", "Ministry of Justice", "Environment Agency"
    };

    private EnglandSizedEntries() {}

    static List<AreaEntry> areas(int boroughs, int msoasPerBorough, int wardsPerBorough, int lsoasPerMsoa, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        Set<String> used = new LinkedHashSet<>();
        List<AreaEntry> areas = new ArrayList<>();
        for (int b = 0; b < boroughs; b++) {
            String boroughName = placeName(random, used);
            AreaRef borough = new AreaRef(String.format("E07%06d", b), boroughName, "lad");
            areas.add(new AreaEntry(borough.code(), borough.name(), "lad", List.of()));
            List<AreaRef> wards = new ArrayList<>();
            for (int w = 0; w < wardsPerBorough; w++) {
                String name = random.nextInt(3) == 0
                        ? placeName(random, used)
                        : (random.nextBoolean() ? boroughName : placeName(random, used)) + " "
                                + WARD_WORDS[random.nextInt(WARD_WORDS.length)];
                AreaRef ward = new AreaRef(String.format("E05%06d", b * wardsPerBorough + w), name, "ward");
                wards.add(ward);
                areas.add(new AreaEntry(ward.code(), ward.name(), "ward", List.of(borough)));
            }
            for (int m = 0; m < msoasPerBorough; m++) {
                AreaRef msoa = new AreaRef(
                        String.format("E02%06d", b * msoasPerBorough + m),
                        String.format("%s %03d", boroughName, m + 1),
                        "msoa21");
                areas.add(new AreaEntry(msoa.code(), msoa.name(), "msoa21", List.of(borough)));
                for (int l = 0; l < lsoasPerMsoa; l++) {
                    int n = (b * msoasPerBorough + m) * lsoasPerMsoa + l;
                    AreaRef ward = wards.get(random.nextInt(wards.size()));
                    areas.add(new AreaEntry(
                            String.format("E01%06d", 100_000 + n),
                            msoa.name() + (char) ('A' + l),
                            "lsoa21",
                            List.of(msoa, ward, borough)));
                }
            }
        }
        return areas;
    }

    private static String placeName(SplittableRandom random, Set<String> used) {
        for (int tries = 0; ; tries++) {
            String name = STARTS[random.nextInt(STARTS.length)] + ENDS[random.nextInt(ENDS.length)];
            if (tries > 20) {
                name = name + " " + STARTS[random.nextInt(STARTS.length)] + ENDS[random.nextInt(ENDS.length)];
            }
            if (used.add(name) || tries > 40) {
                return name;
            }
        }
    }

    static List<IndicatorEntry> indicators(int count, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        List<IndicatorEntry> indicators = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            String subject = SUBJECTS[random.nextInt(SUBJECTS.length)];
            String measure = MEASURES[random.nextInt(MEASURES.length)];
            String group = GROUPS[random.nextInt(GROUPS.length)];
            int year = 2011 + random.nextInt(14);
            String other = SUBJECTS[random.nextInt(SUBJECTS.length)];
            indicators.add(new IndicatorEntry(
                    String.format("generated-%04d", i),
                    capitalised(subject) + ": " + measure + ", " + group + " (" + year + ")",
                    capitalised(subject) + " among " + group + " in " + year + ", as a " + measure + "; read alongside "
                            + other + ".",
                    List.of(subject, other, group),
                    measure,
                    THEMES[random.nextInt(THEMES.length)],
                    PUBLISHERS[random.nextInt(PUBLISHERS.length)],
                    "Generated feed " + (i / 10)));
        }
        return indicators;
    }

    private static String capitalised(String words) {
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }
}
