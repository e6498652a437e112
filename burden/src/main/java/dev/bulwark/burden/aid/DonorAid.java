package dev.bulwark.burden.aid;

import java.util.OptionalDouble;

/**
 * One donor's aid over a span of months.
 *
 * @param iso3 the donor's code ({@code EUU} for the EU institutions)
 * @param name the donor's name
 * @param region where it stands in Europe against the United States
 * @param aid its aid allocated, committed and to be allocated, EUR bn
 * @param pctGdp aid allocated as % of its 2021 GDP ({@code 100 × total / GDP₂₀₂₁}, Kiel's share);
 *     empty for the EU institutions
 * @param euAttributedEurBn for an EU member and the release's whole period, the EU institutions'
 *     aid attributed to it by budget share (Kiel), EUR bn; empty otherwise
 */
public record DonorAid(String iso3, String name, AidRegion region, Allocation aid,
    OptionalDouble pctGdp, OptionalDouble euAttributedEurBn) {
}
