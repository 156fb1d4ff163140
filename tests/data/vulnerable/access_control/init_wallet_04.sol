pragma solidity ^0.4.9;

// Set-up code moved into a shared library contract; its public initWallet can be called again by anyone.
contract WalletLibrary {
    uint public m_required;
    uint public m_numOwners;
    uint[256] m_owners;
    mapping(uint => uint) m_ownerIndex;

    modifier onlymanyowners {
        if (m_ownerIndex[uint(msg.sender)] > 0) _;
    }

    function initMultiowned(address[] _owners, uint _required) internal {
        m_numOwners = _owners.length + 1;
        m_owners[1] = uint(msg.sender);
        m_ownerIndex[uint(msg.sender)] = 1;
        for (uint i = 0; i < _owners.length; ++i) {
            m_owners[2 + i] = uint(_owners[i]);
            m_ownerIndex[uint(_owners[i])] = 2 + i;
        }
        m_required = _required;
    }

    function initWallet(address[] _owners, uint _required) {
        initMultiowned(_owners, _required); // @vuln category=access_control
    }

    function kill(address _to) onlymanyowners external {
        suicide(_to);
    }
}
