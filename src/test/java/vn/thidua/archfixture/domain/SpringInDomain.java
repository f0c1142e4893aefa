package vn.thidua.archfixture.domain;

import org.springframework.stereotype.Component;

/** Puts Spring into a domain package on purpose, so that ModuleBoundariesTest can show its rule bites. */
@Component
public class SpringInDomain {}
