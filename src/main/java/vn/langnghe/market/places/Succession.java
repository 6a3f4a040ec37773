package vn.langnghe.market.places;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MapsId;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Objects;

/**
 * A former unit went (wholly or in part) into a successor. A partial merge splits one former
 * commune between two new ones, so a former unit can have several successors.
 */
@Entity
@jakarta.persistence.Cacheable
@Table(name = "administrative_succession")
public class Succession {

  /** A plain class, not a record: EclipseLink sets key fields by reflection. */
  @Embeddable
  public static class Key implements Serializable {
    @Column(name = "former_unit_id")
    private Long formerUnitId;

    @Column(name = "successor_unit_id")
    private Long successorUnitId;

    @Override
    public boolean equals(Object other) {
      return other instanceof Key key
          && Objects.equals(formerUnitId, key.formerUnitId)
          && Objects.equals(successorUnitId, key.successorUnitId);
    }

    @Override
    public int hashCode() {
      return Objects.hash(formerUnitId, successorUnitId);
    }
  }

  @EmbeddedId private Key key;

  @MapsId("formerUnitId")
  @ManyToOne
  @JoinColumn(name = "former_unit_id")
  private AdministrativeUnit former;

  @MapsId("successorUnitId")
  @ManyToOne
  @JoinColumn(name = "successor_unit_id")
  private AdministrativeUnit successor;

  private boolean whole;

  protected Succession() {}

  public AdministrativeUnit former() {
    return former;
  }

  public AdministrativeUnit successor() {
    return successor;
  }

  public boolean whole() {
    return whole;
  }
}
