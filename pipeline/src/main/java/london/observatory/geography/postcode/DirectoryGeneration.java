package london.observatory.geography.postcode;

/**
 * The column layouts of the ONS postcode files this reads. ONS renamed every directory column in 2025
 * ({@code pcd} → {@code pcd7}, {@code laua} → {@code lad25cd}, {@code lsoa21} → {@code lsoa21cd}), the
 * ONSPD has always called the district {@code oslaua}, and the slimmer postcode → output area lookups
 * (and the council extracts copied from them) come keyed by LSOA 2021 or only by LSOA 2011; all are in
 * use, so the layout is read from the header rather than configured.
 */
public enum DirectoryGeneration {

    /** NSPL up to 2025: {@code pcd,pcd2,pcds,dointr,doterm,…,laua,…,lsoa21,…}. */
    LEGACY_NSPL("legacy NSPL"),
    /** ONSPD before the rename: as NSPL but {@code oslaua}. */
    LEGACY_ONSPD("legacy ONSPD"),
    /** 2025 onwards: {@code pcd7,pcd8,pcds,dointr,doterm,…,lad25cd,…,lsoa21cd,…}; the LAD vintage changes yearly. */
    RENAMED("renamed (2025+)"),
    /** Postcode → OA 2021 lookup: {@code pcd7,pcd8,pcds,dointr,doterm,usertype,oa21cd,lsoa21cd,msoa21cd,ladcd,…}. */
    POSTCODE_TO_OA21("postcode to OA 2021 lookup"),
    /**
     * Postcode → OA 2011 lookup ({@code pcd7,…,oa11cd,lsoa11cd,…}) and council extracts of it
     * ({@code Postcode7,Postcode8,PostcodeNatural,IntroductionDate,TerminationDate,…,OA11CD,LSOA11CD,…}):
     * LSOA 2011 only, so every code is moved through the exact fit.
     */
    POSTCODE_TO_OA11("postcode to OA 2011 lookup");

    private final String label;

    DirectoryGeneration(String label) {
        this.label = label;
    }

    /** For messages and the run log. */
    String label() {
        return label;
    }

    /** True when the layout gives LSOA 2011 codes only, which must go through the exact fit. */
    boolean lsoa2011() {
        return this == POSTCODE_TO_OA11;
    }
}
