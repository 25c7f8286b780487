package london.observatory.geography.postcode;

/**
 * The column generations of the ONS postcode directories. ONS renamed every column in 2025
 * ({@code pcd} → {@code pcd7}, {@code laua} → {@code lad25cd}, {@code lsoa21} → {@code lsoa21cd}), and the
 * ONSPD has always called the district {@code oslaua}; all three are in use, so the generation is read
 * from the header rather than configured.
 */
public enum DirectoryGeneration {

    /** NSPL up to 2025: {@code pcd,pcd2,pcds,dointr,doterm,…,laua,…,lsoa21,…}. */
    LEGACY_NSPL("legacy NSPL", "pcd", "laua", "lsoa21"),
    /** ONSPD before the rename: as NSPL but {@code oslaua}. */
    LEGACY_ONSPD("legacy ONSPD", "pcd", "oslaua", "lsoa21"),
    /** 2025 onwards: {@code pcd7,pcd8,pcds,dointr,doterm,…,lad25cd,…,lsoa21cd,…}; the LAD vintage changes yearly. */
    RENAMED("renamed (2025+)", "pcd7", "ladNNcd", "lsoa21cd");

    private final String label;
    private final String fixedWidthPostcode;
    private final String district;
    private final String lsoa21;

    DirectoryGeneration(String label, String fixedWidthPostcode, String district, String lsoa21) {
        this.label = label;
        this.fixedWidthPostcode = fixedWidthPostcode;
        this.district = district;
        this.lsoa21 = lsoa21;
    }

    /** The columns this generation is recognised by, for error messages. */
    String describe() {
        return label + " (" + fixedWidthPostcode + ", pcds, doterm, " + district + ", " + lsoa21 + ")";
    }

    String fixedWidthPostcode() {
        return fixedWidthPostcode;
    }

    String district() {
        return district;
    }

    String lsoa21() {
        return lsoa21;
    }
}
