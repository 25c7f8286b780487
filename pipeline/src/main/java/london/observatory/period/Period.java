package london.observatory.period;

import java.time.LocalDate;

/** When a value is for: its first day and the kind of period ({@code month}, {@code year}, {@code financial-year}, ...). */
public record Period(LocalDate start, String type) {}
