package vn.langnghe.market.places;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** A province, (former) district or commune/ward, valid over a period. */
@Entity
@jakarta.persistence.Cacheable
@Table(name = "administrative_unit")
public class AdministrativeUnit implements Unit {

  public enum Level {
    PROVINCE,
    DISTRICT,
    COMMUNE
  }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  private String code;
  private String name;

  @Column(name = "unit_type")
  private String type;

  @Enumerated(EnumType.STRING)
  @Column(name = "unit_level")
  private Level level;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "parent_id")
  private AdministrativeUnit parent;

  @Column(name = "valid_from")
  private LocalDate validFrom;

  @Column(name = "valid_to")
  private LocalDate validTo;

  @OneToMany(mappedBy = "successor")
  private List<Succession> predecessors = new ArrayList<>();

  @OneToMany(mappedBy = "former")
  private List<Succession> successors = new ArrayList<>();

  protected AdministrativeUnit() {}

  public boolean isValidOn(LocalDate day) {
    return (validFrom == null || !validFrom.isAfter(day)) && (validTo == null || !validTo.isBefore(day));
  }

  public Long id() {
    return id;
  }

  public String code() {
    return code;
  }

  public String name() {
    return name;
  }

  public String type() {
    return type;
  }

  public Level level() {
    return level;
  }

  public AdministrativeUnit parent() {
    return parent;
  }

  public LocalDate validFrom() {
    return validFrom;
  }

  public LocalDate validTo() {
    return validTo;
  }

  public List<Succession> predecessors() {
    return predecessors;
  }

  public List<Succession> successors() {
    return successors;
  }
}
